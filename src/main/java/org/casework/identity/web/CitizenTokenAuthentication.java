package org.casework.identity.web;

import org.casework.identity.CitizenPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A request to the citizens' API signed in with a citizen's token. Its one authority is {@code ROLE_CITIZEN}: it
 * holds no scope and no staff role, so no staff endpoint would take it even if it got that far.
 */
final class CitizenTokenAuthentication extends AbstractAuthenticationToken {

    private final CitizenPrincipal citizen;

    CitizenTokenAuthentication(CitizenPrincipal citizen) {
        super(AuthorityUtils.createAuthorityList(CitizenSignIns.ROLE));
        this.citizen = citizen;
        setAuthenticated(true);
    }

    /** Nothing: the token is not kept where it could leak. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CitizenPrincipal getPrincipal() {
        return citizen;
    }

    @Override
    public String getName() {
        return citizen.citizen().toString();
    }
}
