package org.casework.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.NewStaffMember;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.springframework.core.io.ClassPathResource;

/**
 * A council of its own for one test: teams, officers with API keys and processes, every key suffixed so tests
 * sharing a database never see each other's queues.
 */
public final class TestCouncil {

    private final Staff staff;
    private final ApiKeys apiKeys;
    private final int port;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public TestCouncil(Staff staff, ApiKeys apiKeys, int port) {
        this.staff = staff;
        this.apiKeys = apiKeys;
        this.port = port;
    }

    /** This council's name for a team, process or user ("highways" becomes "highways-1a2b3c4d"). */
    public String named(String name) {
        return name + "-" + suffix;
    }

    public String team(String name) {
        var key = named(name);
        staff.createTeam(key, name);
        return key;
    }

    /** An officer in the given teams (names as written in the test), with an API key holding every scope. */
    public Officer officer(String name, Set<Role> roles, String... teams) {
        return create(name, null, roles, teams);
    }

    /** The password of every officer made with {@link #signInOfficer}. */
    public static final String PASSWORD = "correct horse battery staple";

    /**
     * An officer who can also sign in to the staff pages with {@link #PASSWORD}. Kept apart from {@link #officer}
     * because hashing a password takes a noticeable moment, on purpose.
     */
    public Officer signInOfficer(String name, Set<Role> roles, String... teams) {
        return create(name, PASSWORD, roles, teams);
    }

    private Officer create(String name, String password, Set<Role> roles, String... teams) {
        var username = named(name);
        var teamKeys = new java.util.HashSet<String>();
        for (var team : teams) teamKeys.add(team(team));
        staff.createUser(new NewStaffMember(
                username,
                name,
                username + "@example.gov.uk",
                password,
                roles,
                teamKeys,
                roles.contains(Role.TEAM_LEAD) ? teamKeys : Set.of()));
        var key = apiKeys.issue(username, "test", Set.of(Scope.values()));
        return new Officer(username, new Api(port, key.key()));
    }

    public Officer officer(String name, String... teams) {
        return officer(name, Set.of(Role.OFFICER), teams);
    }

    public Officer admin() {
        return officer("admin", Set.of(Role.ADMIN));
    }

    /** An officer as the test sees them: their username and their API client. */
    public record Officer(String username, Api api) {}

    /**
     * A process document from the test definitions (or the demo processes), with its key and the named teams, users and
     * processes made this council's own.
     */
    public String process(String file, String... names) {
        try {
            var resource = new ClassPathResource("definitions/" + file);
            if (!resource.exists()) resource = new ClassPathResource("demo/processes/" + file);
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            for (var name : names) {
                // Only where the name stands for a process, team or user: field values stay as written.
                text = text.replaceAll(
                        "(\"(?:key|team|otherwise|roundRobin|fallbackTeam|user)\"\\s*:\\s*)\"" + name + "\"",
                        "$1\"" + named(name) + "\"");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes the W1 "Report a problem" process with this council's highways, environment and supervisors teams;
     * returns its key.
     */
    public String publishReportAProblem(Api admin) {
        return publish(
                admin,
                process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors"),
                named("report-a-problem"));
    }

    /** The same, with these fields' answers marked searchable (kept in the search index) as a council may choose. */
    public String publishReportAProblem(Api admin, String... searchableFields) {
        var document = process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        return publish(admin, searchable(document, searchableFields), named("report-a-problem"));
    }

    /** A process document with these fields marked {@code "searchable": true}. */
    public static String searchable(String document, String... fieldKeys) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var tree = (tools.jackson.databind.node.ObjectNode) json.readTree(document);
        var wanted = java.util.Set.of(fieldKeys);
        for (var field : tree.path("fields")) {
            if (wanted.contains(field.path("key").asString())) {
                ((tools.jackson.databind.node.ObjectNode) field).put("searchable", true);
            }
        }
        return json.writeValueAsString(tree);
    }

    /**
     * Makes sure every template the document's notify actions send exists (a plain email of the case's reference, made
     * if missing), since a process cannot be published sending a template that does not; returns the document.
     */
    public static String withTemplatesFor(Api admin, String document) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (var action : json.readTree(document).path("actions")) {
            if (!action.path("kind").asString().equals("notify")) continue;
            var key = action.path("template").asString();
            var made = admin.put(
                    "/api/v1/notification-templates/" + key,
                    json.writeValueAsString(Map.of(
                            "name", key, "emailSubject", "About ((reference))", "emailBody", "Case ((reference)).")),
                    "application/json");
            // 409: it exists already (the keys of these plain templates are shared by tests).
            if (made.status() != 201 && made.status() != 409)
                throw new AssertionError("Making template " + key + " failed: " + made);
        }
        return document;
    }

    /** Publishes the document after {@link #withTemplatesFor making the templates it sends}; returns its key. */
    public String publishMakingTemplates(Api admin, String document, String key) {
        return publish(admin, withTemplatesFor(admin, document), key);
    }

    /** Saves and publishes a process document as the given admin; returns its (suffixed) key. */
    public String publish(Api admin, String document, String key) {
        saveDraft(admin, document, key);
        return publishDraft(admin, key);
    }

    /**
     * Saves a process document as a draft, so that what needs its fields first (a notification template using them)
     * can be written before it is published with {@link #publishDraft}.
     */
    public String saveDraft(Api admin, String document, String key) {
        var saved = admin.put("/api/v1/definitions/" + key + "/draft", document, "application/json");
        if (saved.status() != 200) throw new AssertionError("Saving " + key + " failed: " + saved);
        return key;
    }

    public String publishDraft(Api admin, String key) {
        var published = admin.post("/api/v1/definitions/" + key + "/publish", Map.of("changeNote", "test"));
        if (published.status() != 201) throw new AssertionError("Publishing " + key + " failed: " + published);
        return key;
    }
}
