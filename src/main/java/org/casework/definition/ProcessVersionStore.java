package org.casework.definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.platform.DatabaseDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code process_versions} table. Documents are stored as the JSON the author would export. */
@Repository
class ProcessVersionStore {

    private final JdbcClient jdbc;
    private final DatabaseDialect dialect;
    private final ProcessDocuments documents;

    ProcessVersionStore(JdbcClient jdbc, DatabaseDialect dialect, ProcessDocuments documents) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.documents = documents;
    }

    /** A draft with the count of its saves, which the designer sends back to show which save it was editing. */
    record Draft(
            ProcessVersionId id, ProcessDefinition definition, int revision, Instant updatedAt, String updatedBy) {}

    Optional<Draft> draft(String key) {
        return draft(key, false);
    }

    /** The draft, locked until the transaction ends, so it cannot change between validating and publishing it. */
    Optional<Draft> lockDraft(String key) {
        return draft(key, true);
    }

    private Optional<Draft> draft(String key, boolean lock) {
        return jdbc.sql(
                        lock
                                ? "select " + DRAFT_COLUMNS + " from process_versions where draft_of = :key for update"
                                : "select " + DRAFT_COLUMNS + " from process_versions where draft_of = :key")
                .param("key", key)
                .query((rs, n) -> new Draft(
                        new ProcessVersionId(rs.getObject("id", UUID.class)),
                        read(rs.getString("document")),
                        rs.getInt("revision"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .optional();
    }

    /** Inserts the process's draft unless it has one already; false if it had. */
    boolean insertDraft(ProcessDefinition definition, String by, Instant now) {
        return jdbc.sql("""
                        insert into process_versions
                            (id, process_key, draft_of, name, document, created_at, updated_at, updated_by, revision)
                        values (:id, :key, :key, :name, :document, :now, :now, :by, 1)
                        on conflict do nothing
                        """)
                        .param("id", UUID.randomUUID())
                        .param("key", definition.key())
                        .param("name", definition.name())
                        .param("document", dialect.json(documents.write(definition, DocumentFormat.JSON)))
                        .param("now", java.sql.Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    void updateDraft(ProcessVersionId id, ProcessDefinition definition, String by, Instant now) {
        jdbc.sql("""
                        update process_versions set name = :name, document = :document, updated_at = :now,
                            updated_by = :by, revision = revision + 1
                        where id = :id and draft_of is not null
                        """)
                .param("id", id.value())
                .param("name", definition.name())
                .param("document", dialect.json(documents.write(definition, DocumentFormat.JSON)))
                .param("now", java.sql.Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Replaces the draft only if it is still at {@code revision}; false when another save came first. */
    boolean updateDraftAt(String key, int revision, ProcessDefinition definition, String by, Instant now) {
        return jdbc.sql("""
                        update process_versions set name = :name, document = :document, updated_at = :now,
                            updated_by = :by, revision = revision + 1
                        where draft_of = :key and revision = :revision
                        """)
                        .param("key", key)
                        .param("revision", revision)
                        .param("name", definition.name())
                        .param("document", dialect.json(documents.write(definition, DocumentFormat.JSON)))
                        .param("now", java.sql.Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Whether any version or draft of the process exists. */
    boolean exists(String key) {
        return jdbc.sql("select count(*) from process_versions where process_key = :key")
                        .param("key", key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int nextVersionNumber(String key) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from process_versions where process_key = :key")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    void publish(ProcessVersionId id, int version, String changeNote, String by, Instant now) {
        jdbc.sql("""
                        update process_versions set version = :version, draft_of = null, change_note = :note,
                            published_at = :now, published_by = :by
                        where id = :id and draft_of is not null
                        """)
                .param("id", id.value())
                .param("version", version)
                .param("note", changeNote)
                .param("now", java.sql.Timestamp.from(now))
                .param("by", by)
                .update();
    }

    Optional<ProcessVersion> published(ProcessVersionId id) {
        return jdbc.sql(PUBLISHED + " and id = :id")
                .param("id", id.value())
                .query(this::version)
                .optional();
    }

    Optional<ProcessVersion> published(String key, int version) {
        return jdbc.sql(PUBLISHED + " and process_key = :key and version = :version")
                .param("key", key)
                .param("version", version)
                .query(this::version)
                .optional();
    }

    Optional<ProcessVersionId> latestPublishedId(String key) {
        return jdbc.sql("""
                        select id from process_versions where process_key = :key and version is not null
                        order by version desc limit 1
                        """)
                .param("key", key)
                .query((rs, n) -> new ProcessVersionId(rs.getObject("id", UUID.class)))
                .optional();
    }

    List<Integer> versionNumbers(String key) {
        return jdbc.sql("select version from process_versions where process_key = :key and version is not null"
                        + " order by version")
                .param("key", key)
                .query(Integer.class)
                .list();
    }

    List<ProcessVersion> history(String key) {
        return jdbc.sql(PUBLISHED + " and process_key = :key order by version desc")
                .param("key", key)
                .query(this::version)
                .list();
    }

    Optional<Definitions.DraftSaved> draftSaved(String key) {
        return jdbc.sql("select updated_by, updated_at from process_versions where draft_of = :key")
                .param("key", key)
                .query((rs, n) -> new Definitions.DraftSaved(
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Every version and draft of every process. */
    List<ProcessDefinition> everyDocument() {
        return jdbc.sql("select document from process_versions")
                .query((rs, n) -> read(rs.getString("document")))
                .list();
    }

    List<ProcessSummary> summaries() {
        return jdbc.sql("""
                        select p.process_key, max(p.version) as latest,
                            max(case when p.draft_of is not null then 1 else 0 end) as has_draft,
                            max(p.updated_at) as updated_at,
                            (select l.document from process_versions l where l.process_key = p.process_key
                              order by l.version desc nulls first limit 1) as document
                        from process_versions p group by p.process_key order by p.process_key
                        """)
                .query((rs, n) -> {
                    // Read as an object: a process with only a draft has no latest version, which is null, not 0.
                    var latest = rs.getObject("latest", Integer.class);
                    var definition = read(rs.getString("document"));
                    return new ProcessSummary(
                            rs.getString("process_key"),
                            definition.name(),
                            definition.category(),
                            latest,
                            rs.getInt("has_draft") == 1,
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
    }

    private static final String DRAFT_COLUMNS = "id, document, revision, updated_at, updated_by";

    private static final String PUBLISHED = """
            select id, process_key, version, document, change_note, published_at, published_by
            from process_versions where version is not null
            """;

    private ProcessVersion version(ResultSet rs, int row) throws SQLException {
        return new ProcessVersion(
                new ProcessVersionId(rs.getObject("id", UUID.class)),
                rs.getString("process_key"),
                rs.getInt("version"),
                read(rs.getString("document")),
                rs.getString("change_note"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"));
    }

    private ProcessDefinition read(String document) {
        return documents.read(document, DocumentFormat.JSON);
    }
}
