package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.casework.platform.Secrets;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Citizens' accounts: registering says nothing about who already has an account, every emailed secret works once
 * and only until it expires, and the profile refuses what it cannot keep and notices two edits crossing.
 */
@IntegrationTest
class CitizensTests {

    private static final String PASSWORD = "a long citizen password";

    @Autowired
    Citizens citizens;

    @Autowired
    JdbcClient db;

    private static String anAddress() {
        return "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";
    }

    private Citizens.Emailed registered(String email) {
        return citizens.register(new NewCitizen(email, PASSWORD, "Sam", "Citizen"));
    }

    @Test
    void registeringRefusesEveryProblemAtOnceAndCreatesNothing() {
        var email = "not an address";
        assertThatThrownBy(() -> citizens.register(new NewCitizen(email, "short", " ", null)))
                .isInstanceOfSatisfying(
                        CitizenRefused.class,
                        refused -> assertThat(refused.problems())
                                .containsOnlyKeys("givenName", "familyName", "email", "password")
                                .containsEntry("password", "Your password must be at least 12 characters"));
        assertThat(citizens.byEmail(email)).isEmpty();
    }

    @Test
    void anAddressThatAlreadyHasAnAccountGetsNoSecondAccountAndNoLink() {
        var email = anAddress();
        var first = registered(email);

        var again = citizens.register(new NewCitizen(email.toUpperCase(), PASSWORD, "Someone", "Else"));

        assertThat(again.secret()).isNull();
        assertThat(again.to().id()).isEqualTo(first.to().id());
        assertThat(citizens.byEmail(email).orElseThrow().givenName()).isEqualTo("Sam");
    }

    @Test
    void theConfirmationLinkWorksOnceAndOnlyItsHashIsKept() {
        var registration = registered(anAddress());
        assertThat(db.sql("select count(*) from citizen_tokens where token_hash = :hash")
                        .param("hash", Secrets.sha256(registration.secret()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select count(*) from citizen_tokens where token_hash = :secret")
                        .param("secret", registration.secret())
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(citizens.verifyEmail(registration.secret())).isPresent();
        assertThat(citizens.verifyEmail(registration.secret())).isEmpty();
    }

    @Test
    void anExpiredConfirmationLinkConfirmsNothingAndANewOneCanBeHad() {
        var email = anAddress();
        var registration = registered(email);
        db.sql("update citizen_tokens set expires_at = :past where citizen_id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("id", registration.to().id())
                .update();

        assertThat(citizens.verifyEmail(registration.secret())).isEmpty();
        var fresh = citizens.newVerificationLink(email).orElseThrow();
        assertThat(citizens.verifyEmail(fresh.secret())).isPresent();
        // Confirmed: no more confirmation links.
        assertThat(citizens.newVerificationLink(email)).isEmpty();
    }

    @Test
    void aNewPasswordNeedsAConfirmedAddressAndALinkThatWorksOnce() {
        var email = anAddress();
        var registration = registered(email);
        assertThat(citizens.newPasswordLink(email)).isEmpty();
        citizens.verifyEmail(registration.secret());

        var link = citizens.newPasswordLink(email).orElseThrow();
        assertThatThrownBy(() -> citizens.choosePassword(link.secret(), "short"))
                .isInstanceOf(CitizenRefused.class);
        assertThat(citizens.isValidPasswordLink(link.secret())).isTrue();
        assertThat(citizens.choosePassword(link.secret(), "another long password"))
                .isTrue();
        assertThat(citizens.choosePassword(link.secret(), "a third long password"))
                .isFalse();
    }

    @Test
    void aSignInCodeWorksOnceAndOnlyTheLatestWorks() {
        var id = registered(anAddress()).to().id();
        var first = citizens.newSignInCode(id).secret();
        var second = citizens.newSignInCode(id).secret();
        assertThat(second).matches("\\d{6}");

        assertThat(first.equals(second) || !citizens.acceptSignInCode(id, first))
                .isTrue();
        assertThat(citizens.acceptSignInCode(id, "12345x")).isFalse();
        assertThat(citizens.acceptSignInCode(id, second)).isTrue();
        assertThat(citizens.acceptSignInCode(id, second)).isFalse();
    }

    @Test
    void theProfileIsSavedWhenItMakesSenseAndTwoEditsCrossingAreCaught() {
        var account = registered(anAddress()).to();
        var profile = new CitizenProfile(
                "Samantha",
                "Citizen",
                LocalDate.of(1980, 3, 27),
                "07700 900982",
                new CitizenAddress("12 High Street", null, "Springfield", "sw1a 1aa", null),
                NotifyBy.BOTH,
                true);

        var saved = citizens.update(account.id(), profile, account.version());
        assertThat(saved.address().postcode()).isEqualTo("SW1A 1AA");
        assertThat(saved.notifyBy()).isEqualTo(NotifyBy.BOTH);
        assertThat(saved.twoFactor()).isTrue();

        assertThatThrownBy(() -> citizens.update(account.id(), profile, account.version()))
                .isInstanceOf(CitizenChanged.class);

        var textsWithoutAMobile = new CitizenProfile(
                "Samantha", "Citizen", LocalDate.now().plusDays(1), null, CitizenAddress.NONE, NotifyBy.SMS, false);
        assertThatThrownBy(() -> citizens.update(account.id(), textsWithoutAMobile, saved.version()))
                .isInstanceOfSatisfying(
                        CitizenRefused.class,
                        refused -> assertThat(refused.problems()).containsOnlyKeys("mobile", "dateOfBirth"));
        assertThat(citizens.find(account.id()).orElseThrow().notifyBy()).isEqualTo(NotifyBy.BOTH);
    }
}
