package org.casework.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Council staff and their teams: who exists, who belongs where, and who a username stands for. */
@Service
public class Staff {

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Staff(JdbcClient db, PasswordEncoder passwords, Clock clock) {
        this.db = db;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Adds a team; does nothing if a team with this key already exists. */
    public void createTeam(String key, String name) {
        db.sql("""
                        insert into teams (team_key, name, created_at) values (:key, :name, :now)
                        on conflict do nothing""").param("key", key).param("name", name).param("now", now()).update();
    }

    /** Adds a staff member to existing teams; fails if the username is taken or a team does not exist. */
    @Transactional
    public void createUser(NewStaffMember member) {
        var teams = new HashSet<>(member.teams());
        teams.addAll(member.leadOf());
        teams.stream().filter(team -> !teamExists(team)).findFirst().ifPresent(team -> {
            throw UnknownStaff.team(team);
        });
        if (userExists(member.username()))
            throw new IllegalArgumentException("The username '" + member.username() + "' is already taken");
        db.sql("""
                        insert into users (username, display_name, email, password_hash, roles, enabled, created_at)
                        values (:username, :displayName, :email, :passwordHash, :roles, true, :now)""")
                .param("username", member.username())
                .param("displayName", member.displayName())
                .param("email", member.email())
                .param("passwordHash", member.rawPassword() == null ? null : passwords.encode(member.rawPassword()))
                .param("roles", member.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("now", now())
                .update();
        for (var team : teams) {
            db.sql("insert into team_members (team_key, username, is_lead) values (:team, :username, :lead)")
                    .param("team", team)
                    .param("username", member.username())
                    .param("lead", member.leadOf().contains(team))
                    .update();
        }
    }

    public boolean userExists(String username) {
        return db.sql("select count(*) from users where username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean teamExists(String key) {
        return db.sql("select count(*) from teams where team_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The usernames of a team's members who may work (enabled), leads included, in username order. */
    public List<String> membersOf(String team) {
        if (!teamExists(team)) throw UnknownStaff.team(team);
        return db.sql("select m.username from team_members m join users u on u.username = m.username"
                        + " where m.team_key = :team and u.enabled = true order by m.username")
                .param("team", team)
                .query(String.class)
                .list();
    }

    /** The display names of these usernames, for pages that show who did what; unknown usernames are left out. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        var wanted =
                usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) return java.util.Map.of();
        var names = new java.util.HashMap<String, String>();
        db.sql("select username, display_name from users where username in (:usernames)")
                .param("usernames", wanted)
                .query((row, n) -> names.put(row.getString("username"), row.getString("display_name")))
                .list();
        return names;
    }

    /** The email addresses of these usernames, for notifications; people without one, or disabled, are left out. */
    public java.util.Map<String, String> emailsOf(java.util.Collection<String> usernames) {
        var wanted =
                usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) return java.util.Map.of();
        var emails = new java.util.LinkedHashMap<String, String>();
        db.sql("select username, email from users where username in (:usernames) and enabled = true"
                        + " and email is not null order by username")
                .param("usernames", wanted)
                .query((row, n) -> emails.put(row.getString("username"), row.getString("email")))
                .list();
        return emails;
    }

    /** The lead of a team (the first by username if it has several), if it has one who may work. */
    public Optional<String> leadOf(String team) {
        return db
                .sql("select m.username from team_members m join users u on u.username = m.username"
                        + " where m.team_key = :team and m.is_lead = true and u.enabled = true order by m.username")
                .param("team", team)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    public boolean isMember(String username, String team) {
        return db.sql("select count(*) from team_members where team_key = :team and username = :username")
                        .param("team", team)
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Set<String> teamsLedBy(String username) {
        return Set.copyOf(db.sql("select team_key from team_members where username = :username and is_lead = true")
                .param("username", username)
                .query(String.class)
                .list());
    }

    /** Who a username stands for, with no API scopes; empty for unknown or disabled staff, who may do nothing. */
    public Optional<StaffPrincipal> principal(String username) {
        return db.sql("select username, display_name, roles from users where username = :username and enabled = true")
                .param("username", username)
                .query(this::principalWithoutTeams)
                .optional()
                .map(staff -> new StaffPrincipal(
                        staff.username(),
                        staff.displayName(),
                        teamsOf(username),
                        teamsLedBy(username),
                        staff.roles(),
                        Set.of()));
    }

    private StaffPrincipal principalWithoutTeams(ResultSet row, int rowNumber) throws SQLException {
        var roles = Arrays.stream(row.getString("roles").split(","))
                .filter(role -> !role.isBlank())
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new StaffPrincipal(row.getString("username"), row.getString("display_name"), Set.of(), roles, Set.of());
    }

    private Set<String> teamsOf(String username) {
        return Set.copyOf(db.sql("select team_key from team_members where username = :username")
                .param("username", username)
                .query(String.class)
                .list());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every team's key, in key order: what an administrator, who oversees them all, can pick from. */
    public List<String> teams() {
        return db.sql("select team_key from teams order by team_key")
                .query(String.class)
                .list();
    }
}
