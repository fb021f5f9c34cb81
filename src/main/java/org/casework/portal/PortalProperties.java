package org.casework.portal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings: the address citizens reach it at (tracking links start with it, never with an address taken
 * from a request) and how long a tracking link works — long enough to follow a slow case to its end and look back at
 * it, short enough that an old email forwarded somewhere does not open a request for ever.
 */
@ConfigurationProperties("casework.portal")
public record PortalProperties(
        @DefaultValue("http://localhost:8080") URI serviceUrl,
        @DefaultValue("400d") Duration trackingLinkValidFor) {}
