package org.casework.identity.web;

import java.util.List;
import java.util.stream.Stream;
import org.casework.identity.Permission;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.StaffPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in with an API key. Its authorities are the key's scopes ({@code cases:read}) and its owner's roles
 * ({@code ROLE_TEAM_LEAD}) and permissions ({@code PERMISSION_SUPERVISE}), so endpoints can check any of them.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final StaffPrincipal staff;

    ApiKeyAuthentication(StaffPrincipal staff) {
        super(authoritiesOf(staff));
        this.staff = staff;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authoritiesOf(StaffPrincipal staff) {
        return Stream.of(
                        staff.scopes().stream().map(Scope::authority),
                        staff.roles().stream().map(Role::authority),
                        staff.permissions().stream().map(Permission::authority))
                .flatMap(authorities -> authorities)
                .sorted()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** Nothing: the key has done its work once the request is signed in, and is not kept where it could leak. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return staff;
    }

    @Override
    public String getName() {
        return staff.username();
    }
}
