package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Forgotten-password links: one at a time, each good once and for half an hour, and stored only as a hash. */
@IntegrationTest
class PasswordResetsTests {

    private static final String NEW_PASSWORD = "twelve or more characters";

    @Autowired
    PasswordResets resets;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient db;

    @Autowired
    PasswordEncoder passwords;

    String username;

    @BeforeEach
    void anOfficerWithAPasswordAndAnEmailAddress() {
        username = StaffFixtures.unique("officer");
        staff.createUser(new NewStaffMember(
                username,
                "Officer " + username,
                username + "@council.example",
                "the old password",
                Set.of(Role.OFFICER),
                Set.of(),
                Set.of()));
    }

    @Test
    void aLinkIsFoundByUsernameOrEmailAndOnlyItsHashIsStored() {
        var byUsername = resets.issue(username).orElseThrow();
        var byEmail = resets.issue(username.toUpperCase() + "@COUNCIL.EXAMPLE").orElseThrow();

        assertThat(byUsername.username()).isEqualTo(username);
        assertThat(byEmail.email()).isEqualTo(username + "@council.example");
        assertThat(byEmail.token()).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64
        var stored = db.sql("select token_hash from password_resets where username = :username")
                .param("username", username)
                .query(String.class)
                .list();
        assertThat(stored)
                .hasSize(1)
                .doesNotContain(byEmail.token())
                .allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    @Test
    void aLinkSetsTheNewPasswordOnceAndLiftsALockout() {
        db.sql("update users set failed_sign_ins = 3, locked_until = :later where username = :username")
                .param("later", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10))
                .param("username", username)
                .update();
        var link = resets.issue(username).orElseThrow();

        assertThat(resets.holderOf(link.token())).contains(username);
        assertThat(resets.redeem(link.token(), NEW_PASSWORD)).isTrue();

        assertThat(passwords.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(db.sql("select failed_sign_ins from users where username = :username")
                        .param("username", username)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(db.sql("select count(*) from users where username = :username and locked_until is null")
                        .param("username", username)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(resets.holderOf(link.token())).isEmpty();
        assertThat(resets.redeem(link.token(), "yet another new password")).isFalse();
        assertThat(passwords.matches(NEW_PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void aNewRequestStopsTheOlderLinkWorking() {
        var older = resets.issue(username).orElseThrow();
        var newer = resets.issue(username).orElseThrow();

        assertThat(resets.redeem(older.token(), NEW_PASSWORD)).isFalse();
        assertThat(resets.redeem(newer.token(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void aLinkPastItsExpiryDoesNothing() {
        var link = resets.issue(username).orElseThrow();
        db.sql("update password_resets set expires_at = :past where username = :username")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .param("username", username)
                .update();

        assertThat(resets.holderOf(link.token())).isEmpty();
        assertThat(resets.redeem(link.token(), NEW_PASSWORD)).isFalse();
        assertThat(passwords.matches("the old password", passwordHash())).isTrue();
    }

    @Test
    void aLinkExpiresHalfAnHourAfterItIsMade() {
        resets.issue(username).orElseThrow();

        var minutes = db.sql("select created_at, expires_at from password_resets where username = :username")
                .param("username", username)
                .query((row, rowNumber) -> java.time.Duration.between(
                        row.getObject("created_at", OffsetDateTime.class),
                        row.getObject("expires_at", OffsetDateTime.class)))
                .single();
        assertThat(minutes).isEqualTo(PasswordResets.VALID_FOR).hasMinutes(30);
    }

    @Test
    void noLinkForUnknownAccountsStaffWithoutAPasswordOrDisabledStaff() {
        var apiOnly = StaffFixtures.unique("api-only");
        staff.createUser(new NewStaffMember(
                apiOnly, "API only", apiOnly + "@council.example", null, Set.of(Role.OFFICER), Set.of(), Set.of()));
        db.sql("update users set enabled = false where username = :username")
                .param("username", username)
                .update();

        assertThat(resets.issue("nobody-" + username)).isEmpty();
        assertThat(resets.issue(apiOnly)).isEmpty();
        assertThat(resets.issue(username)).isEmpty();
        assertThat(resets.issue(" ")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedAndTheLinkStillWorks() {
        var link = resets.issue(username).orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> resets.redeem(link.token(), "elevenchars"));
        assertThat(resets.holderOf(link.token())).contains(username);
    }

    private String passwordHash() {
        return db.sql("select password_hash from users where username = :username")
                .param("username", username)
                .query(String.class)
                .single();
    }
}
