package org.casework.identity.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.casework.identity.Permission;
import org.casework.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Staff passwords for the sign-in pages to check. Being here also stops Spring Boot inventing a default user with a
 * generated password, which would otherwise exist (and be logged) while no sign-in page does.
 */
@Component
class StaffAccounts implements UserDetailsService {

    private final JdbcClient db;
    private final Clock clock;

    StaffAccounts(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Staff without a password (API-only) are treated as unknown here: they cannot sign in with one. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return db.sql("""
                        select username, password_hash, roles, enabled, locked_until, two_factor_secret from users
                        where username = :username and password_hash is not null""")
                .param("username", username)
                .query((row, rowNumber) -> {
                    var roles = Arrays.stream(row.getString("roles").split(","))
                            .filter(role -> !role.isBlank())
                            .map(Role::valueOf)
                            .toList();
                    var twoFactor = row.getString("two_factor_secret") == null
                            ? Stream.<String>empty()
                            : Stream.of(SecondFactor.ENROLLED);
                    var authorities = Stream.concat(
                                    Stream.concat(roles.stream().map(Role::authority), twoFactor),
                                    roles.stream()
                                            .flatMap(role -> role.permissions().stream())
                                            .map(Permission::authority))
                            .distinct()
                            .toArray(String[]::new);
                    return User.withUsername(row.getString("username"))
                            .password(row.getString("password_hash"))
                            .disabled(!row.getBoolean("enabled"))
                            .accountLocked(isLocked(row.getObject("locked_until", OffsetDateTime.class)))
                            .authorities(authorities)
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff member with a password has that username"));
    }

    private boolean isLocked(OffsetDateTime lockedUntil) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }
}
