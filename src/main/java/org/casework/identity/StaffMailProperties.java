package org.casework.identity;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email to staff: the sender's address, and the address staff reach the service at, which links in emails start
 * with. The links never take the address from the request, whose Host header anyone can set to their own site.
 */
@ConfigurationProperties("casework.mail")
public record StaffMailProperties(
        @DefaultValue("casework@localhost") String from,
        @DefaultValue("http://localhost:8080") URI serviceUrl) {}
