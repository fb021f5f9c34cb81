package org.casework.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether to load the demo council on an empty database, and the demo API key and password it creates (printed at
 * start-up so the README's walkthrough can be copied and pasted).
 */
@ConfigurationProperties("casework.demo")
record DemoProperties(
        @DefaultValue("false") boolean enabled,

        @DefaultValue("cwk_demo_only_do_not_use_in_production_0000000000")
        String apiKey,

        @DefaultValue("demo-password") String password) {}
