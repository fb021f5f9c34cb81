package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class IdentityStaffTests {

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient db;

    @Autowired
    PasswordEncoder passwords;

    StaffFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StaffFixtures(staff);
    }

    @Test
    void aTeamsMembersAreListedByUsername() {
        var team = fixtures.team();
        var suffix = StaffFixtures.unique("");
        for (var name : new String[] {"carol", "alice", "bob"}) {
            staff.createUser(
                    new NewStaffMember(name + suffix, name, null, null, Set.of(Role.OFFICER), Set.of(team), Set.of()));
        }

        assertThat(staff.membersOf(team)).containsExactly("alice" + suffix, "bob" + suffix, "carol" + suffix);
    }

    @Test
    void aTeamLeadIsAMemberOfTheTeamTheyLead() {
        var team = fixtures.team();
        var lead = fixtures.lead(team);

        assertThat(staff.isMember(lead, team)).isTrue();
        assertThat(staff.membersOf(team)).containsExactly(lead);
        assertThat(db.sql("select is_lead from team_members where team_key = :team and username = :lead")
                        .param("team", team)
                        .param("lead", lead)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void staffAreMembersOnlyOfTheirOwnTeams() {
        var housing = fixtures.team();
        var waste = fixtures.team();
        var officer = fixtures.member(Role.OFFICER, housing);

        assertThat(staff.isMember(officer, housing)).isTrue();
        assertThat(staff.isMember(officer, waste)).isFalse();
        assertThat(staff.membersOf(waste)).isEmpty();
    }

    @Test
    void creatingATeamAgainChangesNothing() {
        var team = fixtures.team();

        staff.createTeam(team, "Another name");

        assertThat(staff.teamExists(team)).isTrue();
        assertThat(db.sql("select name from teams where team_key = :team")
                        .param("team", team)
                        .query(String.class)
                        .single())
                .isEqualTo("Team " + team);
    }

    @Test
    void staffCannotJoinATeamThatDoesNotExist() {
        var username = StaffFixtures.unique("officer");
        var member = new NewStaffMember(
                username, "Officer", null, null, Set.of(Role.OFFICER), Set.of("no-such-team"), Set.of());

        assertThatExceptionOfType(UnknownStaff.class)
                .isThrownBy(() -> staff.createUser(member))
                .withMessageContaining("no-such-team");
        assertThat(staff.userExists(username)).isFalse();
    }

    @Test
    void theMembersOfAnUnknownTeamCannotBeListed() {
        assertThatExceptionOfType(UnknownStaff.class)
                .isThrownBy(() -> staff.membersOf("no-such-team"))
                .withMessageContaining("no-such-team");
    }

    @Test
    void twoStaffCannotShareAUsername() {
        var username = fixtures.member(Role.OFFICER);
        var again = new NewStaffMember(username, "Someone else", null, null, Set.of(), Set.of(), Set.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> staff.createUser(again))
                .withMessageContaining(username);
    }

    @Test
    void aPrincipalCarriesTeamsAndRolesButNoScopes() {
        var team = fixtures.team();
        var lead = fixtures.lead(team);

        var principal = staff.principal(lead).orElseThrow();

        assertThat(principal.username()).isEqualTo(lead);
        assertThat(principal.displayName()).isEqualTo("Lead " + lead);
        assertThat(principal.teams()).containsExactly(team);
        assertThat(principal.roles()).containsExactly(Role.TEAM_LEAD);
        assertThat(principal.scopes()).isEmpty();
        assertThat(staff.principal("nobody-" + team)).isEmpty();
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        var username = StaffFixtures.unique("officer");
        staff.createUser(new NewStaffMember(
                username, "Officer", null, "correct horse battery staple", Set.of(), Set.of(), Set.of()));

        var stored = db.sql("select password_hash from users where username = :username")
                .param("username", username)
                .query(String.class)
                .single();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("correct horse");
        assertThat(passwords.matches("correct horse battery staple", stored)).isTrue();
    }
}
