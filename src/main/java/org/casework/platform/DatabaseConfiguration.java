package org.casework.platform;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseDialect databaseDialect(DataSource dataSource) {
        return DatabaseDialect.of(dataSource);
    }

    /** Lets one set of migrations serve both databases: types that differ come in as placeholders. */
    @Bean
    FlywayConfigurationCustomizer dialectPlaceholders(DatabaseDialect dialect) {
        return flyway -> flyway.placeholders(Map.of("json", dialect.jsonType(), "binary", dialect.binaryType()));
    }
}
