package org.casework.definition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casework.platform.DatabaseDialect;
import org.casework.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared field library: field definitions administrators keep once (a date of birth, a postcode, a yes/no) and
 * copy into any process. A process keeps its own copy, so changing the library never changes a process.
 */
@Service
public class FieldLibrary {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final JdbcClient jdbc;
    private final DatabaseDialect dialect;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    FieldLibrary(JdbcClient jdbc, DatabaseDialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Every field in the library, by key. */
    public List<FieldDefinition> fields() {
        return jdbc.sql("select document from field_library order by field_key")
                .query((rs, n) -> read(rs.getString("document")))
                .list();
    }

    public Optional<FieldDefinition> field(String key) {
        return jdbc.sql("select document from field_library where field_key = :key")
                .param("key", key)
                .query((rs, n) -> read(rs.getString("document")))
                .optional();
    }

    /** Adds the field to the library, or replaces the one with its key; refused when it could not be used. */
    @Transactional
    public FieldDefinition save(FieldDefinition field, String by) {
        var problems = problems(field);
        if (!problems.isEmpty()) throw new LibraryFieldRefused(problems);
        var document = dialect.json(json.writeValueAsString(field));
        var now = java.sql.Timestamp.from(clock.instant());
        var updated = jdbc.sql("update field_library set document = :document, updated_at = :now, updated_by = :by"
                        + " where field_key = :key")
                .param("key", field.key())
                .param("document", document)
                .param("now", now)
                .param("by", by)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into field_library (field_key, document, updated_at, updated_by)"
                            + " values (:key, :document, :now, :by)")
                    .param("key", field.key())
                    .param("document", document)
                    .param("now", now)
                    .param("by", by)
                    .update();
        }
        return field;
    }

    /** Takes the field out of the library; processes that copied it keep their copy. */
    public void remove(String key) {
        jdbc.sql("delete from field_library where field_key = :key")
                .param("key", key)
                .update();
    }

    /** What would stop the field being used in a process, checked the way the process validator checks fields. */
    static List<Refusal.Problem> problems(FieldDefinition field) {
        var problems = new ArrayList<Refusal.Problem>();
        if (field.key() == null || field.key().isBlank()) {
            problems.add(new Refusal.Problem("key", "Enter a key, such as date-of-birth"));
        } else if (!KEY.matcher(field.key()).matches()) {
            problems.add(new Refusal.Problem(
                    "key", "The key must be lowercase letters, digits and hyphens, such as date-of-birth"));
        }
        if (field.label() == null || field.label().isBlank()) {
            problems.add(new Refusal.Problem("label", "Enter the question or label people see"));
        }
        if (field.type().offersOptions() && field.options().isEmpty()) {
            problems.add(new Refusal.Problem(
                    "options", "A choice needs options: enter the answers to choose from, one a line"));
        }
        return problems;
    }

    private FieldDefinition read(String document) {
        return json.readValue(document, FieldDefinition.class);
    }
}
