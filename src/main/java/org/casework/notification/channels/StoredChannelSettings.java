package org.casework.notification.channels;

import static org.casework.notification.channels.Setting.EMAIL_FROM;
import static org.casework.notification.channels.Setting.EMAIL_PROVIDER;
import static org.casework.notification.channels.Setting.NOTIFY_API_KEY;
import static org.casework.notification.channels.Setting.NOTIFY_BASE_URL;
import static org.casework.notification.channels.Setting.NOTIFY_CALLBACK_TOKEN;
import static org.casework.notification.channels.Setting.NOTIFY_EMAIL_TEMPLATE_ID;
import static org.casework.notification.channels.Setting.NOTIFY_SMS_TEMPLATE_ID;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.casework.notification.ChannelSetting;
import org.casework.notification.ChannelSettings;
import org.casework.notification.ChannelSettingsInvalid;
import org.casework.notification.EmailChanges;
import org.casework.notification.EmailChannelView;
import org.casework.notification.NotificationProperties;
import org.casework.notification.NotifyChanges;
import org.casework.notification.NotifyChannelView;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The channels' settings: what the environment supplies ({@code casework.notify.*}, {@code casework.notifications.*}),
 * else what administrators stored, else the properties' defaults. The environment wins so that operations can pin a
 * setting (a key kept in a secrets manager); the pages then say where it comes from and offer no field for it. Read
 * from the database on every use, so a change made on one node applies on all of them to the next message.
 */
@Component
@Primary
class StoredChannelSettings implements ChannelSettings, NotifySettingsSource {

    private final StoredSettings stored;
    private final Map<Setting, String> configured;
    private final Set<Setting> fromEnvironment;

    StoredChannelSettings(
            StoredSettings stored,
            NotifyProperties notify,
            NotificationProperties notifications,
            Environment environment) {
        this.stored = stored;
        var values = new EnumMap<Setting, String>(Setting.class);
        values.put(NOTIFY_API_KEY, notify.apiKey());
        values.put(NOTIFY_BASE_URL, notify.baseUrl());
        values.put(NOTIFY_EMAIL_TEMPLATE_ID, notify.emailTemplateId());
        values.put(NOTIFY_SMS_TEMPLATE_ID, notify.smsTemplateId());
        values.put(NOTIFY_CALLBACK_TOKEN, notify.callbackToken());
        values.put(EMAIL_PROVIDER, notifications.emailProvider());
        values.put(EMAIL_FROM, notifications.from());
        this.configured = values;
        // Only what is actually set counts as the environment's, not a property's default.
        var binder = Binder.get(environment);
        var supplied = EnumSet.noneOf(Setting.class);
        for (var setting : Setting.values()) {
            var bound = binder.bind(setting.property(), String.class);
            if (bound.isBound() && !bound.get().isBlank()) supplied.add(setting);
        }
        this.fromEnvironment = Set.copyOf(supplied);
    }

    @Override
    public NotifySettings current() {
        return settings(effective());
    }

    @Override
    public NotifyChannelView notifyChannel() {
        var values = effective();
        var settings = settings(values);
        return new NotifyChannelView(
                shown(NOTIFY_API_KEY, values),
                shown(NOTIFY_BASE_URL, Map.of(NOTIFY_BASE_URL, settings.baseUrl())),
                shown(NOTIFY_EMAIL_TEMPLATE_ID, values),
                shown(NOTIFY_SMS_TEMPLATE_ID, values),
                shown(NOTIFY_CALLBACK_TOKEN, values),
                settings.canSendEmail(),
                settings.canSendSms());
    }

    @Override
    public NotifyChannelView saveNotify(NotifyChanges changes, String by) {
        var asked = new LinkedHashMap<Setting, String>();
        asked.put(NOTIFY_API_KEY, changes.apiKey());
        asked.put(NOTIFY_BASE_URL, changes.baseUrl());
        asked.put(NOTIFY_EMAIL_TEMPLATE_ID, changes.emailTemplateId());
        asked.put(NOTIFY_SMS_TEMPLATE_ID, changes.smsTemplateId());
        asked.put(NOTIFY_CALLBACK_TOKEN, changes.callbackToken());
        save(asked, by);
        return notifyChannel();
    }

    @Override
    public EmailChannelView emailChannel() {
        var values = effective();
        return new EmailChannelView(shown(EMAIL_PROVIDER, values), shown(EMAIL_FROM, values));
    }

    @Override
    public EmailChannelView saveEmail(EmailChanges changes, String by) {
        var asked = new LinkedHashMap<Setting, String>();
        asked.put(
                EMAIL_PROVIDER,
                changes.provider() == null ? null : changes.provider().toLowerCase());
        asked.put(EMAIL_FROM, changes.from());
        save(asked, by);
        return emailChannel();
    }

    @Override
    public String emailProvider() {
        return effective().get(EMAIL_PROVIDER);
    }

    @Override
    public String emailFrom() {
        return effective().get(EMAIL_FROM);
    }

    private void save(Map<Setting, String> asked, String by) {
        var values = effective();
        var changes = new EnumMap<Setting, String>(Setting.class);
        var problems = new ArrayList<ChannelSettingsInvalid.Problem>();
        asked.forEach((setting, given) -> {
            if (given == null) return;
            var value = given.strip();
            if (fromEnvironment.contains(setting)) {
                // Sending back what GET showed is not a change; anything else cannot be made here.
                if (!setting.secret() && value.equals(values.get(setting))) return;
                problems.add(new ChannelSettingsInvalid.Problem(
                        setting.field(),
                        "This is set by the environment (" + setting.property() + ") and cannot be changed here"));
                return;
            }
            var problem = value.isEmpty() ? null : SettingRules.problem(setting, value);
            if (problem != null) problems.add(new ChannelSettingsInvalid.Problem(setting.field(), problem));
            else changes.put(setting, value);
        });
        if (problems.isEmpty() && "notify".equals(changes.get(EMAIL_PROVIDER))) {
            if (!current().canSendEmail())
                problems.add(new ChannelSettingsInvalid.Problem(
                        EMAIL_PROVIDER.field(),
                        "Set GOV.UK Notify's API key and email template ID before choosing it for email"));
        }
        if (!problems.isEmpty()) throw new ChannelSettingsInvalid(problems);
        stored.save(changes, by);
    }

    private Map<Setting, String> effective() {
        var saved = stored.all();
        var values = new EnumMap<Setting, String>(Setting.class);
        for (var setting : Setting.values()) {
            var value = fromEnvironment.contains(setting) || !saved.containsKey(setting)
                    ? configured.get(setting)
                    : saved.get(setting);
            if (value != null) values.put(setting, value);
        }
        return values;
    }

    private static NotifySettings settings(Map<Setting, String> values) {
        return new NotifySettings(
                values.get(NOTIFY_API_KEY),
                values.get(NOTIFY_BASE_URL),
                values.get(NOTIFY_EMAIL_TEMPLATE_ID),
                values.get(NOTIFY_SMS_TEMPLATE_ID),
                values.get(NOTIFY_CALLBACK_TOKEN));
    }

    private ChannelSetting shown(Setting setting, Map<Setting, String> values) {
        var value = values.get(setting);
        var set = value != null && !value.isBlank();
        return new ChannelSetting(setting.secret() || !set ? null : value, set, fromEnvironment.contains(setting));
    }

    @Override
    public String toString() {
        return "StoredChannelSettings[fromEnvironment=" + fromEnvironment + "]";
    }
}
