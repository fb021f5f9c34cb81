package org.casework.registry.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.casework.platform.DatabaseDialect;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.Place;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes an import's checked rows into {@code gazetteer_staging}: through PostgreSQL's COPY, a stream of text with
 * no statement per row (a million rows in seconds), or on H2 through JDBC batches. The one place the load differs by
 * database.
 */
@Component
class StagingTable {

    static final List<String> COLUMNS = List.of(
            "import_id",
            "line_number",
            "refused",
            "uprn",
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
            "address_text");

    private final DataSource dataSource;
    private final DatabaseDialect dialect;

    StagingTable(DataSource dataSource, DatabaseDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Rows going into the staging table for one import; closing ends the load (and releases its connection). */
    interface Load extends AutoCloseable {
        void add(long line, boolean refused, Place place);

        @Override
        void close();
    }

    Load open(GazetteerImportId id) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return dialect == DatabaseDialect.POSTGRESQL ? new CopyLoad(connection, id) : new BatchLoad(connection, id);
        } catch (SQLException | RuntimeException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Cannot start loading the gazetteer's staging table", e);
        }
    }

    private static Object[] values(GazetteerImportId id, long line, boolean refused, Place place) {
        var sao = place.secondary();
        var pao = place.primary();
        return new Object[] {
            id.value(),
            line,
            refused,
            place.uprn().value(),
            place.usrn(),
            place.parent() == null ? null : place.parent().value(),
            sao.startNumber(),
            sao.startSuffix(),
            sao.endNumber(),
            sao.endSuffix(),
            sao.text(),
            pao.startNumber(),
            pao.startSuffix(),
            pao.endNumber(),
            pao.endSuffix(),
            pao.text(),
            place.street(),
            place.locality(),
            place.town(),
            place.postcode(),
            place.easting(),
            place.northing(),
            place.latitude(),
            place.longitude(),
            place.classification(),
            place.searchText()
        };
    }

    /** PostgreSQL: one COPY in text format, fields separated by tabs, {@code \N} for null. */
    private final class CopyLoad implements Load {
        private final Connection connection;
        private final Writer out;

        private final GazetteerImportId id;

        CopyLoad(Connection connection, GazetteerImportId id) throws SQLException {
            this.connection = connection;
            this.id = id;
            var copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy gazetteer_staging (" + String.join(", ", COLUMNS) + ") from stdin");
            this.out = new BufferedWriter(
                    new OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void add(long line, boolean refused, Place place) {
            try {
                var values = values(id, line, refused, place);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) out.write('\t');
                    write(values[i]);
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(Object value) throws IOException {
            if (value == null) out.write("\\N");
            else if (value instanceof String text) escaped(text);
            else if (value instanceof BigDecimal number) out.write(number.toPlainString());
            else if (value instanceof Boolean flag) out.write(flag ? "t" : "f");
            else out.write(value.toString());
        }

        /** COPY's text format gives backslash, tab, newline and carriage return a meaning, so they are escaped. */
        private void escaped(String text) throws IOException {
            for (int i = 0; i < text.length(); i++) {
                var c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /** H2: prepared inserts sent a thousand at a time. */
    private final class BatchLoad implements Load {
        private static final int BATCH = 1000;
        private final Connection connection;
        private final PreparedStatement insert;
        private final GazetteerImportId id;
        private int pending;

        BatchLoad(Connection connection, GazetteerImportId id) throws SQLException {
            this.connection = connection;
            this.id = id;
            var marks = String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?"));
            this.insert = connection.prepareStatement(
                    "insert into gazetteer_staging (" + String.join(", ", COLUMNS) + ") values (" + marks + ")");
        }

        @Override
        public void add(long line, boolean refused, Place place) {
            try {
                var values = values(id, line, refused, place);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) insert.setNull(i + 1, Types.NULL);
                    else insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
                if (++pending == BATCH) flush();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write to the gazetteer's staging table", e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() {
            try {
                flush();
                insert.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write to the gazetteer's staging table", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
