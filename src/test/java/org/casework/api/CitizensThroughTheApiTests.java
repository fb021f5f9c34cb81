package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.conversation.TestFiles;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The council's own app, through the citizens' API: someone registers, confirms their address from the email, signs
 * in, keeps their details up to date, applies for a Blue Badge, answers the council's request for evidence with a
 * document, and sees the application move on — and nobody else sees any of it.
 */
@IntegrationTest
class CitizensThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    CouncilApp app;
    String process;

    @BeforeEach
    void aCouncilTakingBlueBadgeApplicationsInItsApp() {
        council = new TestCouncil(staff, apiKeys, port);
        var names = new String[] {"apply-for-a-blue-badge", "blue-badge", "occupational-therapy", "blue-badge-issuing"};
        var admin = council.officer("admin", Set.of(Role.ADMIN));
        officer = council.officer(
                "badges", Set.of(Role.OFFICER), "blue-badge", "occupational-therapy", "blue-badge-issuing");
        process = council.publish(
                admin.api(),
                council.process("apply-for-a-blue-badge.json", names),
                council.named("apply-for-a-blue-badge"));
        app = new CouncilApp(port);
    }

    @Test
    void registeringAnswersAlikeForANewAddressAndOneWithAnAccountAndTheAddressMustBeConfirmedFirst() {
        var email = council.named("pat") + "@example.com";
        var registered = app.register(email, "Pat", "Jones");
        assertThat(registered.status()).isEqualTo(202);

        var unconfirmed = assertProblem(app.signIn(email, CouncilApp.PASSWORD), 422);
        assertThat(errors(unconfirmed)).containsKey("email");
        assertThat(unconfirmed.path("detail").asString()).contains("Confirm your email address");

        var again = app.register(email, "Pat", "Jones");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(registered.body());
        assertThat(MailServer.awaitEmail(email, 2)).contains("You already have one");

        var token = CouncilApp.emailedToken(email, 1);
        assertThat(app.app()
                        .post("/api/v1/citizen/registrations/confirm", Map.of("token", token))
                        .status())
                .isEqualTo(200);
        var usedTwice = app.app().post("/api/v1/citizen/registrations/confirm", Map.of("token", token));
        assertThat(errors(assertProblem(usedTwice, 422))).containsKey("token");

        var signedIn = app.signIn(email, CouncilApp.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.text("/status")).isEqualTo("signed-in");
        assertThat(signedIn.text("/token")).startsWith("cwc_").hasSizeGreaterThan(40);
    }

    @Test
    void badDetailsAreRefusedNamingEachField() {
        var refused = app.app()
                .post(
                        "/api/v1/citizen/registrations",
                        Map.of("givenName", "", "familyName", "Jones", "email", "not-an-address", "password", "short"));
        assertThat(errors(assertProblem(refused, 422))).containsOnlyKeys("givenName", "email", "password");

        var forgotten = app.app().post("/api/v1/citizen/password-resets", Map.of("email", " "));
        assertThat(errors(assertProblem(forgotten, 422))).containsOnlyKeys("email");
        assertThat(assertProblem(app.app().post("/api/v1/citizen/sessions", "{not json"), 400)
                        .path("type")
                        .asString())
                .endsWith("malformed-request");
    }

    @Test
    void aCitizenKeepsTheirDetailsUpToDateAndASaveOverANewerOneIsRefused() {
        var email = council.named("sam") + "@example.com";
        var citizen = app.app(app.signedIn(email, "Sam", "Patel"));

        var read = citizen.get("/api/v1/citizen/profile");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/email")).isEqualTo(email);
        assertThat(read.text("/notifyBy")).isEqualTo("email");
        var etag = read.header("ETag");

        var change = new HashMap<String, Object>();
        change.put("givenName", "Samira");
        change.put("familyName", "Patel");
        change.put("dateOfBirth", "1980-03-27");
        change.put("mobile", "07700 900 982");
        change.put("address", Map.of("line1", "1 High Street", "town", "Anytown", "postcode", "sw1a 2aa"));
        change.put("notifyBy", "both");
        var saved = citizen.withHeader("If-Match", etag).put("/api/v1/citizen/profile", change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.text("/givenName")).isEqualTo("Samira");
        assertThat(saved.text("/address/postcode")).isEqualTo("SW1A 2AA");
        assertThat(saved.header("ETag")).isNotEqualTo(etag);

        // Another device still holding the first version saves over the change.
        change.put("givenName", "Sam");
        var stale = citizen.withHeader("If-Match", etag).put("/api/v1/citizen/profile", change);
        assertThat(errors(assertProblem(stale, 409))).containsKey("version");
        assertThat(citizen.get("/api/v1/citizen/profile").text("/givenName")).isEqualTo("Samira");

        var bad = new HashMap<String, Object>(change);
        bad.put("notifyBy", "pigeon");
        bad.put("mobile", "call me");
        bad.put("dateOfBirth", "2999-01-01");
        bad.put("version", saved.json().get("version").asLong());
        assertThat(errors(assertProblem(citizen.put("/api/v1/citizen/profile", bad), 422)))
                .containsOnlyKeys("notifyBy", "mobile", "dateOfBirth");

        var noVersion = new HashMap<String, Object>(change);
        assertThat(errors(assertProblem(citizen.put("/api/v1/citizen/profile", noVersion), 422)))
                .containsOnlyKeys("version");
    }

    @Test
    void aCitizenAppliesAnswersTheRequestForEvidenceWithADocumentAndSeesTheApplicationMoveOn() {
        var email = council.named("lee") + "@example.com";
        var token = app.signedIn(email, "Lee", "Morgan");
        var citizen = app.app(token);

        var incomplete = citizen.post(
                "/api/v1/citizen/requests",
                Map.of("service", process, "answers", Map.of("applicant-name", "Lee Morgan", "shoe-size", "9")));
        assertThat(errors(assertProblem(incomplete, 422)))
                .containsKeys("answers.date-of-birth", "answers.postcode", "answers.eligibility-route")
                .containsKey("answers.shoe-size");

        var made = citizen.post(
                "/api/v1/citizen/requests",
                Map.of(
                        "service",
                        process,
                        "answers",
                        Map.of(
                                "applicant-name", "Lee Morgan",
                                "date-of-birth", "1948-11-02",
                                "postcode", "SW1A 2AA",
                                "eligibility-route", "automatic-dla")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        var reference = made.text("/reference");
        assertThat(MailServer.awaitEmailContaining(email, reference)).contains(reference);

        var mine = citizen.get("/api/v1/citizen/requests");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get(0).path("reference").asString()).isEqualTo(reference);
        assertThat(mine.json().get(0).path("waitingForYou").asBoolean()).isFalse();

        var caseId =
                officer.api().get("/api/v1/cases/by-reference/" + reference).text("/id");
        var task = officer.api().get("/api/v1/cases/" + caseId).text("/openTasks/0/id");
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + task + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var checked = officer.api()
                .post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("evidence-check", "missing")));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);

        var waiting = citizen.get("/api/v1/citizen/requests/" + reference);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.text("/status")).isEqualTo("Waiting for your reply");
        assertThat(waiting.json().get("waitingForYou").asBoolean()).isTrue();
        var asked = waiting.text("/informationRequests/0/id");
        assertThat(waiting.body()).doesNotContain(officer.username());

        var reply = "/api/v1/citizen/requests/" + reference + "/information-requests/" + asked + "/reply";
        assertThat(errors(assertProblem(citizen.post(reply, Map.of("text", " ")), 422)))
                .containsOnlyKeys("text");
        var wrongFile = Multipart.post(
                port,
                token,
                "/api/v1/citizen/documents",
                Map.of(),
                "letter.pdf",
                "application/pdf",
                TestFiles.program());
        assertThat(errors(assertProblem(wrongFile, 415))).containsOnlyKeys("file");
        var uploaded = Multipart.post(
                port,
                token,
                "/api/v1/citizen/documents",
                Map.of(),
                "dla-award.pdf",
                "application/pdf",
                TestFiles.pdf());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        var document = uploaded.text("/id");

        var answered = citizen.post(reply, Map.of("text", "Here is the award letter", "documents", List.of(document)));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("waitingForYou").asBoolean()).isFalse();
        assertThat(answered.text("/timeline/0/title")).isEqualTo("You replied");
        assertThat(answered.text("/documents/0/filename")).isEqualTo("dla-award.pdf");
        assertThat(errors(assertProblem(citizen.post(reply, Map.of("text", "Again")), 409)))
                .containsOnlyKeys("status");

        var moved = officer.api().get("/api/v1/cases/" + caseId);
        assertThat(moved.text("/status")).isEqualTo("open");
        assertThat(moved.text("/openTasks/0/id")).isNotEqualTo(task);
        assertThat(officer.api().get("/api/v1/cases/" + caseId + "/documents").body())
                .contains("dla-award.pdf");

        var download =
                Multipart.download(port, token, "/api/v1/citizen/requests/" + reference + "/documents/" + document);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestFiles.pdf());

        var message = citizen.post(
                "/api/v1/citizen/requests/" + reference.toLowerCase() + "/messages",
                Map.of("text", "When will I hear?"));
        assertThat(message.status()).as(message.toString()).isEqualTo(201);
        assertThat(officer.api().get("/api/v1/cases/" + caseId + "/messages").body())
                .contains("When will I hear?");
        assertThat(citizen.get("/api/v1/citizen/requests/" + reference).text("/timeline/0/title"))
                .isEqualTo("Your message");
    }

    @Test
    void someoneElsesRequestIsNotFoundAndNothingChanges() {
        var owner = app.app(app.signedIn(council.named("kim") + "@example.com", "Kim", "Owens"));
        var reference = owner.post(
                        "/api/v1/citizen/requests",
                        Map.of(
                                "service",
                                process,
                                "answers",
                                Map.of(
                                        "applicant-name", "Kim Owens",
                                        "date-of-birth", "1950-01-01",
                                        "postcode", "SW1A 2AA",
                                        "eligibility-route", "automatic-dla")))
                .text("/reference");
        var before = owner.get("/api/v1/citizen/requests/" + reference).body();

        var stranger = app.app(app.signedIn(council.named("eve") + "@example.com", "Eve", "Strange"));
        var path = "/api/v1/citizen/requests/" + reference;
        assertProblem(stranger.get(path), 404);
        assertProblem(stranger.post(path + "/messages", Map.of("text", "Let me in")), 404);
        assertProblem(
                stranger.post(
                        path + "/information-requests/" + java.util.UUID.randomUUID() + "/reply",
                        Map.of("text", "Let me in")),
                404);
        assertProblem(stranger.get(path + "/documents/" + java.util.UUID.randomUUID()), 404);
        assertProblem(stranger.get("/api/v1/citizen/requests/NO-SUCH-1"), 404);
        assertThat(stranger.get("/api/v1/citizen/requests").json()).isEmpty();

        assertThat(owner.get(path).body()).isEqualTo(before);
        var caseId =
                officer.api().get("/api/v1/cases/by-reference/" + reference).text("/id");
        assertThat(officer.api().get("/api/v1/cases/" + caseId + "/messages").json())
                .isEmpty();
    }

    @Test
    void aCitizensTokenOpensOnlyTheCitizensApiAndAStaffKeyNoneOfIt() {
        var token = app.signedIn(council.named("ali") + "@example.com", "Ali", "Khan");
        var citizen = app.app(token);

        var staffPath = assertProblem(citizen.get("/api/v1/cases"), 401);
        assertThat(staffPath.path("type").asString()).endsWith("unauthenticated");
        assertProblem(citizen.get("/api/v1/definitions"), 401);

        assertProblem(officer.api().get("/api/v1/citizen/profile"), 401);
        assertProblem(officer.api().get("/api/v1/citizen/requests"), 401);
        var nobody = app.app().get("/api/v1/citizen/profile");
        assertProblem(nobody, 401);
        assertThat(nobody.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
