package org.casework.notification.channels;

import org.springframework.stereotype.Component;

/** The Notify settings from {@code casework.notify.*}, until administrators store their own. */
@Component
class ConfiguredNotifySettings implements NotifySettingsSource {

    private final NotifyProperties properties;

    ConfiguredNotifySettings(NotifyProperties properties) {
        this.properties = properties;
    }

    @Override
    public NotifySettings current() {
        return properties.settings();
    }
}
