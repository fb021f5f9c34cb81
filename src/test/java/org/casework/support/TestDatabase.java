package org.casework.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database an integration test runs on, chosen by the {@code casework.test.database} system property: the
 * machine's PostgreSQL (the default, and what production runs) or an in-memory H2 in PostgreSQL mode. The PostgreSQL
 * schema is emptied once per JVM so every run starts from the migrations, as a fresh install would.
 */
public enum TestDatabase {
    POSTGRES,
    H2;

    /** Several checkouts on one machine can test side by side with {@code -Dcasework.test.postgres-database=...}. */
    public static final String POSTGRES_DATABASE =
            System.getProperty("casework.test.postgres-database", "casework_test");

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/" + POSTGRES_DATABASE;
    private static final String H2_URL =
            "jdbc:h2:mem:casework;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static volatile boolean reset;

    public static TestDatabase current() {
        return "h2".equalsIgnoreCase(System.getProperty("casework.test.database", "postgres")) ? H2 : POSTGRES;
    }

    /** The datasource properties for this database, after making sure it exists and is empty. */
    public Map<String, Object> properties() {
        if (this == POSTGRES) {
            resetOnce();
            return Map.of(
                    "spring.datasource.url", POSTGRES_URL,
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "");
        }
        return Map.of(
                "spring.datasource.url", H2_URL, "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static synchronized void resetOnce() {
        if (reset) return;
        try {
            try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, POSTGRES_DATABASE);
                if (!exists.executeQuery().next()) {
                    // A database name cannot be a bind parameter; this one comes from the build, never from a user.
                    admin.createStatement().execute("create database \"" + POSTGRES_DATABASE.replace("\"", "") + "\"");
                }
            }
            try (var db = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
                db.createStatement().execute("drop schema if exists public cascade; create schema public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL must be running on 127.0.0.1:5432 (trust auth) for the integration tests; "
                            + "start it with .ci/run or pg_ctlcluster. Cause: " + e.getMessage(),
                    e);
        }
        reset = true;
    }

    /**
     * A PostgreSQL database of its own, emptied, for tests that run several nodes or processes on one database: the
     * shared test database also serves the cached contexts of other tests, whose schedulers would claim the jobs. The
     * properties of {@link #POSTGRES} with the URL of the database {@code <test database>_<suffix>}.
     */
    public static Map<String, Object> postgresOfItsOwn(String suffix) {
        var name = POSTGRES_DATABASE + "_" + suffix;
        var url = "jdbc:postgresql://127.0.0.1:5432/" + name;
        try {
            try (var admin = java.sql.DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                if (!exists.executeQuery().next()) {
                    // A database name cannot be a bind parameter; this one comes from the build, never from a user.
                    admin.createStatement().execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
            try (var db = java.sql.DriverManager.getConnection(url, "postgres", "")) {
                db.createStatement().execute("drop schema if exists public cascade; create schema public");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + ": " + e.getMessage(), e);
        }
        var properties = new java.util.HashMap<>(POSTGRES.properties());
        properties.put("spring.datasource.url", url);
        return properties;
    }

    /** A plain data source for these datasource properties, for tests that look at a database no context owns. */
    public static javax.sql.DataSource dataSource(Map<String, Object> properties) {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(
                String.valueOf(properties.get("spring.datasource.url")),
                String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
    }
}
