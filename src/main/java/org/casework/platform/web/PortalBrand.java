package org.casework.platform.web;

import org.casework.platform.CouncilProperties;
import org.springframework.stereotype.Component;

/** The council's names for the portal's templates ({@code ${@portalBrand.councilName()}}). */
@Component("portalBrand")
public class PortalBrand {

    private final CouncilProperties council;

    PortalBrand(CouncilProperties council) {
        this.council = council;
    }

    public String councilName() {
        return council.name();
    }

    public String serviceName() {
        return council.serviceName();
    }
}
