package org.casework.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.casework.definition.Definitions;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDocuments;
import org.casework.identity.ApiKeys;
import org.casework.identity.NewStaffMember;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo council into an empty database on the first start, then on every start prints where the service
 * is and how to call it.
 */
@Component
class DemoCouncil implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);
    static final List<String> PROCESSES =
            List.of("report-a-problem", "missed-bin-collection", "apply-for-a-blue-badge");
    static final String ADMIN = "admin";

    /** The demo's teams: key and name. */
    private static final List<List<String>> TEAMS = List.of(
            List.of("highways", "Highways"),
            List.of("environment", "Environmental services"),
            List.of("supervisors", "Customer service supervisors"),
            List.of("waste-services", "Waste services"),
            List.of("waste-crews", "Waste collection crews"),
            List.of("waste-supervisors", "Waste supervisors"),
            List.of("blue-badge", "Blue Badge team"),
            List.of("occupational-therapy", "Occupational therapy"),
            List.of("blue-badge-issuing", "Blue Badge issuing"));

    private final DemoProperties properties;
    private final Staff staff;
    private final ApiKeys apiKeys;
    private final Definitions definitions;
    private final ProcessDocuments documents;
    private final ApplicationContext context;
    private final TransactionTemplate transaction;
    private final DemoCases demoCases;
    private final DemoLists demoLists;
    private final GazetteerImports gazetteer;

    DemoCouncil(
            DemoProperties properties,
            Staff staff,
            ApiKeys apiKeys,
            Definitions definitions,
            ProcessDocuments documents,
            ApplicationContext context,
            TransactionTemplate transaction,
            DemoCases demoCases,
            DemoLists demoLists,
            GazetteerImports gazetteer) {
        this.properties = properties;
        this.staff = staff;
        this.apiKeys = apiKeys;
        this.definitions = definitions;
        this.documents = documents;
        this.context = context;
        this.transaction = transaction;
        this.demoCases = demoCases;
        this.demoLists = demoLists;
        this.gazetteer = gazetteer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) return;
        // All or nothing, so a failed first start leaves an empty database that the next start fills.
        if (!staff.userExists(ADMIN)) {
            transaction.executeWithoutResult(status -> load());
            loadGazetteer();
        }
        announce();
    }

    private void load() {
        TEAMS.forEach(team -> staff.createTeam(team.get(0), team.get(1)));
        var allTeams = Set.copyOf(TEAMS.stream().map(List::getFirst).toList());
        staff.createUser(new NewStaffMember(
                ADMIN,
                "Ada Admin",
                "admin@demo.example.gov.uk",
                properties.password(),
                Set.of(Role.ADMIN),
                allTeams,
                Set.of()));
        officer("alex", "Alex Officer", Set.of(Role.OFFICER), Set.of("highways", "environment"));
        officer("sam", "Sam Supervisor", Set.of(Role.TEAM_LEAD), Set.of("supervisors"));
        officer("wendy", "Wendy Waste", Set.of(Role.OFFICER), Set.of("waste-services", "waste-crews"));
        officer("billie", "Billie Badge", Set.of(Role.OFFICER), Set.of("blue-badge", "blue-badge-issuing"));
        demoLists.load();
        apiKeys.register(ADMIN, "Demo key", Set.of(Scope.values()), properties.apiKey());
        for (var process : PROCESSES) {
            definitions.saveDraft(documents.read(read(process), DocumentFormat.JSON), ADMIN);
            definitions.publish(process, "Demo process", ADMIN);
        }
        demoCases.load();
        log.info(
                "Loaded the demo council: {} teams, 5 staff, {} published processes and some cases to work on",
                TEAMS.size(),
                PROCESSES.size());
    }

    /** About fifty invented addresses in the demo cases' postcodes (SW1A 1AA, SW1A 2AA, EC1A 1BB) for Places. */
    private void loadGazetteer() {
        try (var file = new ClassPathResource("registry/demo-gazetteer.csv").getInputStream()) {
            var loaded = gazetteer.importNow("addressbase", "demo-gazetteer.csv", file, ADMIN);
            log.info("Loaded the demo gazetteer: {} places", loaded.rowsImported());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void officer(String username, String name, Set<Role> roles, Set<String> teams) {
        staff.createUser(new NewStaffMember(
                username,
                name,
                username + "@demo.example.gov.uk",
                properties.password(),
                roles,
                teams,
                roles.contains(Role.TEAM_LEAD) ? teams : Set.of()));
    }

    private void announce() {
        var port = context instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
        log.info(
                """

                ==============================================================================
                  Casework is running at http://localhost:{}
                  API:       http://localhost:{}/api/v1  (OpenAPI: /v3/api-docs)
                  API key:   {}   (demo only: it reaches every API)
                  Sign-in:   admin / {}  (also alex, sam, wendy, billie)
                  Portal:    http://localhost:{}/portal  (resident: {} / the same password)
                  Try:       curl -H "Authorization: Bearer {}" http://localhost:{}/api/v1/definitions
                ==============================================================================""",
                port,
                port,
                properties.apiKey(),
                properties.password(),
                port,
                DemoCases.RESIDENT,
                properties.apiKey(),
                port);
    }

    private static String read(String process) {
        try {
            return new ClassPathResource("demo/processes/" + process + ".json")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
