package org.casework.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's notification templates ({@code notification_templates}). */
@Service
public class Templates {

    private final JdbcClient db;
    private final Clock clock;

    Templates(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<NotificationTemplate> find(String key) {
        return db.sql("""
                        select template_key, name, email_subject, email_body, sms_body, row_version
                        from notification_templates where template_key = :key""").param("key", key).query(Templates::template).optional();
    }

    public List<NotificationTemplate> list() {
        return db.sql("""
                        select template_key, name, email_subject, email_body, sms_body, row_version
                        from notification_templates order by name, template_key""").query(Templates::template).list();
    }

    /**
     * Adds the template, or replaces it if {@code template.version()} is the version stored; otherwise another save
     * came first and {@link TemplateConflict} says so.
     */
    @Transactional
    public NotificationTemplate save(NotificationTemplate template, String by) {
        var now = Timestamp.from(clock.instant());
        var updated = db.sql("""
                        update notification_templates
                        set name = :name, email_subject = :subject, email_body = :emailBody, sms_body = :smsBody,
                            updated_at = :now, updated_by = :by, row_version = row_version + 1
                        where template_key = :key and row_version = :version""")
                .param("key", template.key())
                .param("name", template.name())
                .param("subject", template.emailSubject())
                .param("emailBody", template.emailBody())
                .param("smsBody", template.smsBody())
                .param("now", now)
                .param("by", by)
                .param("version", template.version())
                .update();
        if (updated == 0) {
            if (find(template.key()).isPresent()) throw new TemplateConflict(template.key());
            db.sql("""
                            insert into notification_templates
                                (template_key, name, email_subject, email_body, sms_body, updated_at, updated_by)
                            values (:key, :name, :subject, :emailBody, :smsBody, :now, :by)""")
                    .param("key", template.key())
                    .param("name", template.name())
                    .param("subject", template.emailSubject())
                    .param("emailBody", template.emailBody())
                    .param("smsBody", template.smsBody())
                    .param("now", now)
                    .param("by", by)
                    .update();
        }
        return find(template.key()).orElseThrow();
    }

    private static NotificationTemplate template(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new NotificationTemplate(
                row.getString("template_key"),
                row.getString("name"),
                row.getString("email_subject"),
                row.getString("email_body"),
                row.getString("sms_body"),
                row.getLong("row_version"));
    }
}
