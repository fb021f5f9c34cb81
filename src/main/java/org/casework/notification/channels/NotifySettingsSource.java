package org.casework.notification.channels;

/**
 * Where the Notify channels read their settings, on every message, so a change applies to the next one. The
 * default reads {@code casework.notify.*}; settings stored by administrators replace it with a {@code @Primary} bean.
 */
public interface NotifySettingsSource {

    NotifySettings current();
}
