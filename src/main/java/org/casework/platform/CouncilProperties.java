package org.casework.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's name and the name of its online service, as the citizen portal's header and emails show them.
 * Templates reach them as {@code @portalBrand}.
 */
@ConfigurationProperties("casework.council")
public record CouncilProperties(
        @DefaultValue("Casework Borough Council") String name,
        @DefaultValue("Council services") String serviceName) {}
