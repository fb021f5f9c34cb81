package org.casework.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casework.definition.Definitions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's notification templates ({@code notification_templates}). */
@Service
public class Templates {

    private final JdbcClient db;
    private final Clock clock;
    private final Definitions definitions;

    Templates(JdbcClient db, Clock clock, Definitions definitions) {
        this.db = db;
        this.clock = clock;
        this.definitions = definitions;
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

    /** What stops the template being saved, each naming its field; empty if it can be. */
    public List<FieldProblem> problems(NotificationTemplate template) {
        return TemplateRules.check(template, definitions.fieldKeys());
    }

    /**
     * Adds the template, or replaces it if {@code template.version()} is the version stored; otherwise another save
     * came first and {@link TemplateConflict} says so. A template that breaks a rule ({@link #problems}) is refused
     * with {@link TemplateInvalid}.
     */
    @Transactional
    public NotificationTemplate save(NotificationTemplate written, String by) {
        var template = new NotificationTemplate(
                written.key() == null ? null : written.key().strip(),
                written.name() == null ? null : written.name().strip(),
                blankAsNull(written.emailSubject()),
                blankAsNull(written.emailBody()),
                blankAsNull(written.smsBody()),
                written.version());
        var problems = problems(template);
        if (!problems.isEmpty()) throw new TemplateInvalid(problems);
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
            try {
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
            } catch (DuplicateKeyException createdMeanwhile) {
                throw new TemplateConflict(template.key());
            }
        }
        return find(template.key()).orElseThrow();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
