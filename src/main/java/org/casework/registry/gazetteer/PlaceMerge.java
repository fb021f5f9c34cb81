package org.casework.registry.gazetteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.casework.platform.DatabaseDialect;
import org.casework.registry.GazetteerImportId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an import's staged rows into {@code places} in a few set-based statements: a place is added, or changed only
 * where something differs (so an unchanged re-import writes nothing); the absent are retired. PostgreSQL upserts with
 * {@code insert … on conflict}; H2 has no such clause and uses {@code merge}.
 */
@Component
class PlaceMerge {

    /** What an address layout sets: every column but the UPRN. */
    static final List<String> ADDRESS = List.of(
            "usrn",
            "parent_uprn",
            "sao_start_number",
            "sao_start_suffix",
            "sao_end_number",
            "sao_end_suffix",
            "sao_text",
            "pao_start_number",
            "pao_start_suffix",
            "pao_end_number",
            "pao_end_suffix",
            "pao_text",
            "street",
            "locality",
            "town",
            "postcode",
            "easting",
            "northing",
            "latitude",
            "longitude",
            "classification",
            "address_text",
            "source_layout");

    /** What a coordinates-only layout sets. */
    static final List<String> COORDINATES = List.of("easting", "northing", "latitude", "longitude");

    private final JdbcClient db;
    private final DatabaseDialect dialect;
    private final TransactionTemplate transaction;

    PlaceMerge(JdbcClient db, DatabaseDialect dialect, TransactionTemplate transaction) {
        this.db = db;
        this.dialect = dialect;
        this.transaction = transaction;
    }

    /** What merging did: rows rejected for a repeated UPRN, places added or changed, places retired. */
    record Merged(long repeated, long changed, long retired) {}

    /** Merges the staged rows of the import into the places, all in one transaction. */
    Merged apply(GazetteerImportId id, String layoutName, GazetteerProperties.Layout layout, OffsetDateTime now) {
        // A freshly filled table has no statistics: without them PostgreSQL plans the anti-join that retires the absent
        // as a nested loop over the staging rows for every place (hours at a million), rather than a hash join.
        if (dialect == DatabaseDialect.POSTGRESQL)
            db.sql("analyze gazetteer_staging").update();
        return transaction.execute(status -> {
            var repeated = rejectRepeatedUprns(id);
            var changed = merge(id, layoutName, layout.coordinatesOnly(), now);
            // The same for the places just merged (ANALYZE counts this transaction's own rows).
            if (dialect == DatabaseDialect.POSTGRESQL) db.sql("analyze places").update();
            var retired = layout.retiresAbsent() ? retireAbsent(id, layoutName, now) : 0;
            return new Merged(repeated, changed, retired);
        });
    }

    /**
     * Rejects every row after the first for a UPRN the file gives twice (the file cannot mean both) and takes them
     * out of the staging table; returns how many.
     */
    long rejectRepeatedUprns(GazetteerImportId id) {
        var repeated = db.sql("""
                        insert into gazetteer_rejections (import_id, line_number, reason)
                        select s.import_id, s.line_number,
                            'UPRN ' || cast(s.uprn as varchar) || ' is on line ' || cast(f.first_line as varchar) || ' already'
                        from gazetteer_staging s
                        join (select uprn, min(line_number) as first_line from gazetteer_staging
                              where import_id = :id group by uprn having count(*) > 1) f on f.uprn = s.uprn
                        where s.import_id = :id and s.line_number > f.first_line and not s.refused""").param("id", id.value()).update();
        if (repeated > 0) {
            db.sql("""
                            delete from gazetteer_staging
                            where import_id = :id and not refused and line_number in
                                (select line_number from gazetteer_rejections where import_id = :id)""").param("id", id.value()).update();
        }
        return repeated;
    }

    /** Adds and changes places from the staged rows; returns how many places were added or changed. */
    long merge(GazetteerImportId id, String layout, boolean coordinatesOnly, OffsetDateTime now) {
        var columns = coordinatesOnly ? COORDINATES : ADDRESS;
        var sql = dialect == DatabaseDialect.POSTGRESQL
                ? upsert(columns, coordinatesOnly)
                : merge(columns, coordinatesOnly);
        return db.sql(sql)
                .param("id", id.value())
                .param("layout", layout)
                .param("now", now)
                .update();
    }

    /**
     * PostgreSQL. A retired place given an address again comes back; a coordinates-only file never brings one back,
     * as OS Open UPRN lists demolished places too.
     */
    private static String upsert(List<String> columns, boolean coordinatesOnly) {
        var changed = "(" + prefixed("places.", columns) + ") is distinct from (" + prefixed("excluded.", columns) + ")"
                + (coordinatesOnly ? "" : " or places.retired_on is not null");
        return """
                insert into places (uprn, %s, address_text, source_layout, changed_at)
                select uprn, %s, address_text, :layout, :now from gazetteer_staging
                where import_id = :id and not refused
                on conflict (uprn) do update set %s, changed_at = excluded.changed_at%s
                where %s""".formatted(
                        String.join(", ", columns(columns)),
                        String.join(", ", columns(columns)),
                        columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")),
                        coordinatesOnly ? "" : ", retired_on = null",
                        changed);
    }

    /** H2: the same outcome through {@code merge … when matched and <changed>}. */
    private static String merge(List<String> columns, boolean coordinatesOnly) {
        var changed = "(" + prefixed("p.", columns) + ") is distinct from (" + prefixed("s.", columns) + ")"
                + (coordinatesOnly ? "" : " or p.retired_on is not null");
        return """
                merge into places p
                using (select uprn, %s, address_text, cast(:layout as varchar(40)) as source_layout
                       from gazetteer_staging where import_id = :id and not refused) s
                on p.uprn = s.uprn
                when matched and (%s) then update set %s, changed_at = :now%s
                when not matched then insert (uprn, %s, address_text, source_layout, changed_at)
                    values (s.uprn, %s, s.address_text, s.source_layout, :now)""".formatted(
                        String.join(", ", columns(columns)),
                        changed,
                        columns.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", ")),
                        coordinatesOnly ? "" : ", retired_on = null",
                        String.join(", ", columns(columns)),
                        prefixed("s.", columns(columns)));
    }

    /** Retires the places this layout last gave an address to that the import did not list; returns how many. */
    long retireAbsent(GazetteerImportId id, String layout, OffsetDateTime now) {
        return db.sql("""
                        update places set retired_on = :today, changed_at = :now
                        where source_layout = :layout and retired_on is null
                        and not exists (select 1 from gazetteer_staging s
                                        where s.import_id = :id and s.uprn = places.uprn)""")
                .param("today", now.toLocalDate())
                .param("now", now)
                .param("layout", layout)
                .param("id", id.value())
                .update();
    }

    void clear(GazetteerImportId id) {
        db.sql("delete from gazetteer_staging where import_id = :id")
                .param("id", id.value())
                .update();
    }

    /** The staged columns: address_text and source_layout are added separately. */
    private static List<String> columns(List<String> columns) {
        return columns.stream()
                .filter(c -> !c.equals("address_text") && !c.equals("source_layout"))
                .toList();
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
