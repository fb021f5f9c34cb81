package org.casework.identity;

import java.util.Set;
import java.util.UUID;

/** Makes teams and staff with names no other test uses, since the whole test run shares one database. */
final class StaffFixtures {

    private final Staff staff;

    StaffFixtures(Staff staff) {
        this.staff = staff;
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String team() {
        var key = unique("team");
        staff.createTeam(key, "Team " + key);
        return key;
    }

    String member(Role role, String... teams) {
        var username = unique("officer");
        staff.createUser(new NewStaffMember(
                username,
                "Officer " + username,
                username + "@council.example",
                null,
                Set.of(role),
                Set.of(teams),
                Set.of()));
        return username;
    }

    String lead(String team) {
        var username = unique("lead");
        staff.createUser(new NewStaffMember(
                username, "Lead " + username, null, null, Set.of(Role.TEAM_LEAD), Set.of(), Set.of(team)));
        return username;
    }
}
