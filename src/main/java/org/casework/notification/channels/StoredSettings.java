package org.casework.notification.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.casework.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@code notification_settings} table: one row per stored setting, a secret sealed by {@link SecretBox}. */
@Component
class StoredSettings {

    private static final Logger log = LoggerFactory.getLogger(StoredSettings.class);

    private final JdbcClient db;
    private final SecretBox box;
    private final Clock clock;

    StoredSettings(JdbcClient db, SecretBox box, Clock clock) {
        this.db = db;
        this.box = box;
        this.clock = clock;
    }

    /**
     * Every stored setting, secrets opened. A secret that cannot be opened (sealed under another {@code
     * casework.secrets.key}) counts as not stored, with a warning, so the environment's value or none applies.
     */
    Map<Setting, String> all() {
        var found = new EnumMap<Setting, String>(Setting.class);
        db.sql("select setting_key, setting_value, sealed from notification_settings")
                .query(rs -> {
                    var setting = Setting.ofProperty(rs.getString("setting_key"));
                    if (setting == null) return;
                    var value = rs.getString("setting_value");
                    if (!rs.getBoolean("sealed")) {
                        found.put(setting, value);
                        return;
                    }
                    try {
                        found.put(setting, box.open(value));
                    } catch (IllegalStateException | IllegalArgumentException e) {
                        log.warn(
                                "The stored {} could not be opened and is ignored: {}",
                                setting.property(),
                                e.getMessage());
                    }
                });
        return found;
    }

    /** Stores each value (sealing secrets), or removes the setting where the value is empty. */
    @Transactional
    void save(Map<Setting, String> changes, String by) {
        var now = Timestamp.from(clock.instant());
        changes.forEach((setting, value) -> {
            if (value.isEmpty()) {
                db.sql("delete from notification_settings where setting_key = :key")
                        .param("key", setting.property())
                        .update();
                return;
            }
            var stored = setting.secret() ? box.seal(value) : value;
            var updated = db.sql("""
                            update notification_settings
                            set setting_value = :value, sealed = :sealed, updated_at = :now, updated_by = :by
                            where setting_key = :key""")
                    .param("value", stored)
                    .param("sealed", setting.secret())
                    .param("now", now)
                    .param("by", by)
                    .param("key", setting.property())
                    .update();
            if (updated == 0)
                db.sql("""
                                insert into notification_settings
                                    (setting_key, setting_value, sealed, updated_at, updated_by)
                                values (:key, :value, :sealed, :now, :by)
                                on conflict do nothing""")
                        .param("key", setting.property())
                        .param("value", stored)
                        .param("sealed", setting.secret())
                        .param("now", now)
                        .param("by", by)
                        .update();
        });
    }
}
