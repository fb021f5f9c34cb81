package org.casework.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at {@link TestDatabase#current()}, and its email at the test's SMTP server
 * ({@link MailServer}). Every context gets both from here rather than from a {@code @DynamicPropertySource} per test
 * class, so that test classes share application contexts (each context holds its own database connections).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-database", TestDatabase.current().properties()));
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-mail", MailServer.properties()));
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-notify", FakeNotify.properties()));
    }
}
