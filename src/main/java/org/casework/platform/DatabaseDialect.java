package org.casework.platform;

import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The one place SQL differs between PostgreSQL (production) and H2 (the embedded default). Everything else writes
 * portable SQL.
 */
public enum DatabaseDialect {
    POSTGRESQL("jsonb", "bytea"),
    H2("varchar", "varbinary");

    private final String jsonType;
    private final String binaryType;

    DatabaseDialect(String jsonType, String binaryType) {
        this.jsonType = jsonType;
        this.binaryType = binaryType;
    }

    public static DatabaseDialect of(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) return POSTGRESQL;
            if (product.contains("h2")) return H2;
            throw new IllegalStateException("Casework runs on PostgreSQL or H2, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to learn its dialect", e);
        }
    }

    /** The column type for JSON documents (migrations use it through the {@code ${json}} placeholder). */
    public String jsonType() {
        return jsonType;
    }

    public String binaryType() {
        return binaryType;
    }

    /**
     * The row lock a command takes on a row it will change but whose key it keeps. On PostgreSQL that is {@code for no
     * key update}: it queues commands on the row one at a time as {@code for update} does, but lets other
     * transactions insert rows that refer to it (a foreign key check takes a key-share lock), so writing a case's
     * timeline never waits on a command that holds the case. H2 has only {@code for update}.
     */
    public String lockForChange() {
        return this == POSTGRESQL ? "for no key update" : "for update";
    }

    /**
     * Binds JSON text to a JSON column: PostgreSQL must be told the text is not {@code varchar} so it converts it to
     * {@code jsonb}; H2 stores the text as it is.
     */
    public Object json(String jsonText) {
        if (jsonText == null) return null;
        return this == POSTGRESQL ? new SqlParameterValue(Types.OTHER, jsonText) : jsonText;
    }
}
