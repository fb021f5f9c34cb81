package org.casework.support;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Like {@link TestDatabaseInitializer}, but with no GOV.UK Notify settings in the environment (none of {@code
 * casework.notify.*}), as for a council that sets them up from the administrators' pages: environment settings win
 * over stored ones, so stored settings can only be tested without them. Test classes using it share one context, which
 * runs no background jobs.
 */
public class NotifyUnconfigured extends TestDatabaseInitializer {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        var sources = context.getEnvironment().getPropertySources();
        sources.remove("test-notify");
        // application-test.yml gives every other context a callback token. Its job runner stays off: every test
        // context shares one job table, and a node without Notify would claim other tests' text messages and fail them.
        sources.addFirst(new MapPropertySource(
                "no-notify", Map.of("casework.notify.callback-token", "", "casework.jobs.enabled", false)));
    }
}
