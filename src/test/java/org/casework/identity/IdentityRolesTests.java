package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.casework.identity.Permission.ABANDON_CASES;
import static org.casework.identity.Permission.ADMINISTER;
import static org.casework.identity.Permission.SUPERVISE;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityRolesTests {

    @Test
    void officersHaveNoSpecialPermissions() {
        assertThat(Role.OFFICER.permissions()).isEmpty();
    }

    @Test
    void teamLeadsMayAbandonCasesAndSuperviseButNotAdminister() {
        assertThat(Role.TEAM_LEAD.permissions()).containsExactlyInAnyOrder(ABANDON_CASES, SUPERVISE);
    }

    @Test
    void adminsMayDoEverything() {
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void everyRoleHasAnEntryInThePermissionTable() {
        assertThat(Role.PERMISSIONS).containsOnlyKeys(Role.values());
    }

    @Test
    void staffMayDoWhatAnyOfTheirRolesAllows() {
        var officerAndLead = principal(Set.of(Role.OFFICER, Role.TEAM_LEAD));

        assertThat(officerAndLead.can(SUPERVISE)).isTrue();
        assertThat(officerAndLead.can(ADMINISTER)).isFalse();
        assertThat(principal(Set.of(Role.OFFICER)).can(ABANDON_CASES)).isFalse();
    }

    @Test
    void aPrincipalKnowsItsTeamsAndScopes() {
        var staff = new StaffPrincipal("sam", "Sam", Set.of("housing"), Set.of(), Set.of(Scope.CASES_READ));

        assertThat(staff.isMemberOf("housing")).isTrue();
        assertThat(staff.isMemberOf("waste")).isFalse();
        assertThat(staff.has(Scope.CASES_READ)).isTrue();
        assertThat(staff.has(Scope.CASES_WRITE)).isFalse();
    }

    @Test
    void scopesAreNamedAsApiKeysCarryThem() {
        assertThat(Scope.CASES_WRITE.authority()).isEqualTo("cases:write");
        assertThat(Scope.fromValue("definitions:admin")).isEqualTo(Scope.DEFINITIONS_ADMIN);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Scope.fromValue("cases:delete"))
                .withMessageContaining("cases:delete");
    }

    private static StaffPrincipal principal(Set<Role> roles) {
        return new StaffPrincipal("sam", "Sam", Set.of(), roles, Set.of());
    }
}
