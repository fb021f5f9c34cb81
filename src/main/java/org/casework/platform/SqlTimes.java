package org.casework.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants and days to and from JDBC as {@code java.time} values, which both drivers read and write directly. The
 * older {@code java.sql.Timestamp} and {@code Date} go through a {@code Calendar} in the PostgreSQL driver on every
 * value, a few per cent of the engine's CPU on its hot paths. Days need no help: a {@link LocalDate} is bound as it
 * is.
 */
public final class SqlTimes {

    private SqlTimes() {}

    /** The instant as a parameter for a {@code timestamp with time zone} column; null stays null. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
