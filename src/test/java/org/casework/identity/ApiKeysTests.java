package org.casework.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApiKeysTests {

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient db;

    String owner;

    @BeforeEach
    void owner() {
        var fixtures = new StaffFixtures(staff);
        owner = fixtures.member(Role.OFFICER, fixtures.team());
    }

    @Test
    void anIssuedKeyActsForItsOwnerWithItsScopes() {
        var issued = apiKeys.issue(owner, "Housing CRM", Set.of(Scope.CASES_READ, Scope.CASES_WRITE));

        var principal = apiKeys.authenticate(issued.key()).orElseThrow();

        assertThat(principal.username()).isEqualTo(owner);
        assertThat(principal.scopes()).containsExactlyInAnyOrder(Scope.CASES_READ, Scope.CASES_WRITE);
        assertThat(principal.teams())
                .isEqualTo(staff.principal(owner).orElseThrow().teams());
    }

    @Test
    void onlyAHashOfTheKeyIsStored() throws Exception {
        var issued = apiKeys.issue(owner, "Housing CRM", Set.of(Scope.CASES_READ));

        var row = db.sql("select prefix, secret_hash, scopes from api_keys where id = :id")
                .param("id", issued.id())
                .query()
                .singleRow();

        var sha256 = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(issued.key().getBytes(UTF_8)));
        assertThat(row.get("secret_hash")).isEqualTo(sha256).isNotEqualTo(issued.key());
        assertThat(row.get("prefix")).isEqualTo(issued.key().substring(0, 12));
        assertThat(row.get("scopes")).isEqualTo("cases:read");
        assertThat(issued.toString()).doesNotContain(issued.key());
    }

    @Test
    void keysAreLongRandomAndRecognisable() {
        var first = apiKeys.issue(owner, "First", Set.of()).key();
        var second = apiKeys.issue(owner, "Second", Set.of()).key();

        assertThat(first).startsWith("cwk_").hasSize(4 + 43).matches("cwk_[A-Za-z0-9_-]{43}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        var issued = apiKeys.issue(owner, "Old integration", Set.of(Scope.CASES_READ));

        apiKeys.revoke(issued.id());
        apiKeys.revoke(issued.id());

        assertThat(apiKeys.authenticate(issued.key())).isEmpty();
    }

    @Test
    void keysThatWereNeverIssuedDoNotAuthenticate() {
        assertThat(apiKeys.authenticate("cwk_" + "A".repeat(43))).isEmpty();
        assertThat(apiKeys.authenticate("not-a-casework-key")).isEmpty();
        assertThat(apiKeys.authenticate(null)).isEmpty();
    }

    @Test
    void aKnownKeyIsRegisteredOnlyOnce() {
        var demoKey = "cwk_demo_" + UUID.randomUUID();

        var first = apiKeys.register(owner, "Demo", Set.of(Scope.CASES_READ), demoKey);
        var second = apiKeys.register(owner, "Demo", Set.of(Scope.CASES_READ), demoKey);

        assertThat(second).isEqualTo(first);
        assertThat(apiKeys.authenticate(demoKey))
                .get()
                .extracting(StaffPrincipal::username)
                .isEqualTo(owner);
    }

    @Test
    void keysCannotBeIssuedForStaffWhoDoNotExist() {
        assertThatExceptionOfType(UnknownStaff.class)
                .isThrownBy(() -> apiKeys.issue("nobody-" + owner, "Orphan", Set.of()))
                .withMessageContaining("nobody-" + owner);
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        var issued = apiKeys.issue(owner, "Busy integration", Set.of(Scope.CASES_READ));
        assertThat(lastUsed(issued)).isNull();

        apiKeys.authenticate(issued.key());
        var firstUse = lastUsed(issued);
        apiKeys.authenticate(issued.key());

        assertThat(firstUse).isNotNull();
        assertThat(lastUsed(issued)).isEqualTo(firstUse);
    }

    private OffsetDateTime lastUsed(IssuedApiKey issued) {
        return db.sql("select last_used_at from api_keys where id = :id")
                .param("id", issued.id())
                .query((row, rowNumber) -> row.getObject("last_used_at", OffsetDateTime.class))
                .list()
                .getFirst();
    }
}
