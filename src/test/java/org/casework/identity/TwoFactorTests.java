package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.casework.support.AuthenticatorApp;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Two-factor sign-in's rules, below the pages: codes work once, administrators keep it on, and can reset others'. */
@IntegrationTest
class TwoFactorTests {

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    Staff staff;

    StaffFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StaffFixtures(staff);
    }

    private AuthenticatorApp turnedOnFor(String username) {
        var secret = twoFactor.newSecret(username);
        assertThat(secret.qrCodeDataUri()).startsWith("data:image/png;base64,");
        var app = new AuthenticatorApp(secret.secret());
        assertThat(twoFactor.turnOn(username, secret.secret(), app.nextCode())).isTrue();
        return app;
    }

    @Test
    void itIsTurnedOnOnlyWithACodeFromTheNewSecret() {
        var officer = fixtures.member(Role.OFFICER);
        var secret = twoFactor.newSecret(officer).secret();
        var app = new AuthenticatorApp(secret);

        assertThat(twoFactor.turnOn(officer, secret, app.wrongCode())).isFalse();
        assertThat(twoFactor.isOn(officer)).isFalse();
        assertThat(twoFactor.turnOn(officer, secret, app.nextCode())).isTrue();
        assertThat(twoFactor.isOn(officer)).isTrue();
    }

    @Test
    void aCodeWorksOnceAndAWrongOneNever() {
        var officer = fixtures.member(Role.OFFICER);
        var app = turnedOnFor(officer);

        var code = app.nextCode();
        assertThat(twoFactor.check(officer, app.wrongCode())).isFalse();
        assertThat(twoFactor.check(officer, code)).isTrue();
        assertThat(twoFactor.check(officer, code)).isFalse();
    }

    @Test
    void noCodeWorksForSomeoneWithItOff() {
        var officer = fixtures.member(Role.OFFICER);

        assertThat(twoFactor.check(officer, "123456")).isFalse();
    }

    @Test
    void anOfficerTurnsItOffWithACurrentCode() {
        var officer = fixtures.member(Role.OFFICER);
        var app = turnedOnFor(officer);
        var me = staff.principal(officer).orElseThrow();

        assertThat(twoFactor.turnOff(me, app.wrongCode())).isFalse();
        assertThat(twoFactor.isOn(officer)).isTrue();
        assertThat(twoFactor.turnOff(me, app.nextCode())).isTrue();
        assertThat(twoFactor.isOn(officer)).isFalse();
    }

    @Test
    void anAdministratorCannotTurnItOff() {
        var admin = fixtures.member(Role.ADMIN);
        var app = turnedOnFor(admin);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> twoFactor.turnOff(staff.principal(admin).orElseThrow(), app.nextCode()));
        assertThat(twoFactor.isOn(admin)).isTrue();
    }

    @Test
    void anAdministratorResetsSomeoneWhoLostTheirPhoneButNobodyElseCan() {
        var officer = fixtures.member(Role.OFFICER);
        var colleague = fixtures.member(Role.TEAM_LEAD);
        var admin = fixtures.member(Role.ADMIN);
        turnedOnFor(officer);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> twoFactor.reset(staff.principal(colleague).orElseThrow(), officer));
        assertThat(twoFactor.isOn(officer)).isTrue();

        twoFactor.reset(staff.principal(admin).orElseThrow(), officer);
        assertThat(twoFactor.isOn(officer)).isFalse();
    }

    @Test
    void anAdministratorCannotResetTheirOwnOrANonExistentAccount() {
        var admin = fixtures.member(Role.ADMIN);
        turnedOnFor(admin);
        var me = staff.principal(admin).orElseThrow();

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> twoFactor.reset(me, admin));
        assertThatExceptionOfType(UnknownStaff.class).isThrownBy(() -> twoFactor.reset(me, "nobody-" + admin));
        assertThat(twoFactor.isOn(admin)).isTrue();
    }
}
