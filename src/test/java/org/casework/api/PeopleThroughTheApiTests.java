package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.ApiKeys;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The person register through the REST API: adding with the likely-duplicate answer, searching, changing a record,
 * relating, linking a citizen account and merging; bad input refused as problem+json naming the field.
 */
@IntegrationTest
class PeopleThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Citizens citizens;

    @LocalServerPort
    int port;

    Api officer;
    Api lead;
    String born;

    @BeforeEach
    void anOfficerAndATeamLead() {
        var council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("olu", "housing").api();
        lead = council.officer("lee", Set.of(Role.TEAM_LEAD), "housing").api();
        born = LocalDate.of(1925, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(30_000))
                .toString();
    }

    private String add(Map<String, Object> person) {
        var added = officer.post("/api/v1/people", person);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("/id");
    }

    @Test
    void aPersonIsAddedReadAndFoundBySearch() {
        var email = "api" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var added = officer.post(
                "/api/v1/people",
                Map.of(
                        "givenNames",
                        "Siân",
                        "familyName",
                        "Llewelyn",
                        "dateOfBirth",
                        born,
                        "contacts",
                        List.of(Map.of("type", "email", "value", email)),
                        "address",
                        Map.of(
                                "uprn", 100023336956L,
                                "line1", "10 Downing Street, London",
                                "postcode", "sw1a 2aa")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var id = added.text("/id");
        assertThat(added.header("Location")).isEqualTo("/api/v1/people/" + id);

        var read = officer.get("/api/v1/people/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/contacts/0/typeLabel")).isEqualTo("Email address");
        assertThat(read.text("/addresses/0/postcode")).isEqualTo("SW1A 2AA");
        assertThat(read.json().at("/addresses/0/uprn").asLong()).isEqualTo(100023336956L);
        assertThat(read.json().at("/addresses/0/current").asBoolean()).isTrue();

        var found = officer.get("/api/v1/people?name=sian+llew&dateOfBirth=" + born);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.text("/people/0/id")).isEqualTo(id);
        assertThat(officer.get("/api/v1/people?contact=" + email.toUpperCase()).text("/people/0/id"))
                .isEqualTo(id);
        var history = officer.get("/api/v1/people/" + id + "/history").json();
        assertThat(history.get(0).path("detail").asString()).startsWith("Added address: 10 Downing Street");
        assertThat(history.get(history.size() - 1).path("what").asString()).isEqualTo("created");
    }

    @Test
    void aLikelyDuplicateIsRefusedWith409ListingItUnlessConfirmed() {
        var first = add(Map.of("givenNames", "Kathryn", "familyName", "Jones", "dateOfBirth", born));
        var again = Map.<String, Object>of("givenNames", "Katherine", "familyName", "Jones", "dateOfBirth", born);

        var refused = officer.post("/api/v1/people", again);
        var problem = assertProblem(refused, 409);
        assertThat(problem.path("type").asString()).endsWith("/likely-duplicate");
        assertThat(problem.at("/duplicates/0/person/id").asString()).isEqualTo(first);
        assertThat(problem.at("/duplicates/0/reasons/0").asString()).isEqualTo("Same date of birth and a similar name");
        assertThat(errors(problem)).containsKey("confirmNotDuplicate");

        var checked = officer.post("/api/v1/people/likely-duplicates", again);
        assertThat(checked.text("/0/person/id")).isEqualTo(first);

        var confirmed = new java.util.HashMap<>(again);
        confirmed.put("confirmNotDuplicate", true);
        assertThat(officer.post("/api/v1/people", confirmed).status()).isEqualTo(201);
    }

    @Test
    void anUnknownContactTypeIsRefusedListingTheAllowedOnes() {
        var refused = officer.post(
                "/api/v1/people",
                Map.of(
                        "givenNames", "Pat",
                        "familyName", "Pigeon",
                        "contacts", List.of(Map.of("type", "carrier-pigeon", "value", "the loft"))));

        var problem = assertProblem(refused, 422);
        assertThat(errors(problem).get("contacts[0].type"))
                .startsWith("'carrier-pigeon' is not one of the contact types; use one of:")
                .contains("email", "mobile", "home-phone");
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedNamingTheField() {
        var refused = officer.post(
                "/api/v1/people", Map.of("givenNames", "Feb", "familyName", "Thirty", "dateOfBirth", "2001-02-30"));

        assertThat(errors(assertProblem(refused, 422)))
                .containsEntry("dateOfBirth", "Date of birth must be a real date");
        var future = officer.post(
                "/api/v1/people", Map.of("givenNames", "Not", "familyName", "Yet", "dateOfBirth", "2999-01-01"));
        assertThat(errors(assertProblem(future, 422)))
                .containsEntry("dateOfBirth", "Date of birth must be in the past");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertProblem(officer.get("/api/v1/people/" + UUID.randomUUID()), 404);
        assertProblem(
                officer.post(
                        "/api/v1/people/" + UUID.randomUUID() + "/contacts",
                        Map.of("type", "email", "value", "a@b.cd")),
                404);
    }

    @Test
    void contactsReferencesAddressesAndRelationshipsAreAddedAndRemoved() {
        var parent = add(Map.of("givenNames", "Jane", "familyName", "Doe", "dateOfBirth", born));
        var child = add(Map.of("givenNames", "Jim", "familyName", "Doe", "dateOfBirth", "2014-04-04"));

        var phone = officer.post(
                "/api/v1/people/" + parent + "/contacts", Map.of("type", "mobile", "value", "+44 7700 900 982"));
        assertThat(phone.status()).as(phone.toString()).isEqualTo(201);
        var contactId = phone.text("/contacts/0/id");
        assertThat(officer.get("/api/v1/people?contact=07700900982&dateOfBirth=" + born)
                        .text("/people/0/id"))
                .isEqualTo(parent);
        var badPhone =
                officer.post("/api/v1/people/" + parent + "/contacts", Map.of("type", "mobile", "value", "call me"));
        assertThat(errors(assertProblem(badPhone, 422))).containsKey("value");

        var reference = officer.post(
                "/api/v1/people/" + parent + "/references", Map.of("type", "housing-reference", "value", "H" + born));
        assertThat(reference.status()).isEqualTo(201);

        var address = officer.post(
                "/api/v1/people/" + parent + "/addresses",
                Map.of("line1", "1 Lane", "town", "Town", "postcode", "ZZ5 5ZZ", "from", "2020-01-01"));
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        var addressId = address.text("/addresses/0/id");
        var ended = officer.post(
                "/api/v1/people/" + parent + "/addresses/" + addressId + "/end", Map.of("to", "2021-01-01"));
        assertThat(ended.json().at("/addresses/0/current").asBoolean()).isFalse();
        var noPostcode = officer.post("/api/v1/people/" + parent + "/addresses", Map.of("line1", "2 Lane"));
        assertThat(errors(assertProblem(noPostcode, 422))).containsEntry("postcode", "Enter a postcode");

        var related =
                officer.post("/api/v1/people/" + parent + "/relationships", Map.of("type", "parent", "other", child));
        assertThat(related.status()).as(related.toString()).isEqualTo(201);
        assertThat(related.text("/relationships/0/label")).isEqualTo("Parent of");
        var childRead = officer.get("/api/v1/people/" + child);
        assertThat(childRead.text("/relationships/0/label") + " " + childRead.text("/relationships/0/otherName"))
                .isEqualTo("Child of Jane Doe");

        assertThat(officer.delete("/api/v1/people/" + parent + "/contacts/" + contactId)
                        .status())
                .isEqualTo(204);
        assertThat(officer.delete("/api/v1/people/" + child + "/relationships/" + childRead.text("/relationships/0/id"))
                        .status())
                .isEqualTo(204);
        var after = officer.get("/api/v1/people/" + parent);
        assertThat(after.json().path("contacts").isEmpty()).isTrue();
        assertThat(after.json().path("relationships").isEmpty()).isTrue();
    }

    @Test
    void aCitizenAccountIsLinkedAndShown() {
        var email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var account = citizens.register(new NewCitizen(email, "a long enough password", "Cara", "Citizen"))
                .to()
                .id();
        var person = add(Map.of("givenNames", "Cara", "familyName", "Citizen", "dateOfBirth", born));

        var linked = officer.put(
                "/api/v1/people/" + person + "/citizen-account", Map.of("citizenAccount", account.toString()));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.text("/citizenAccount")).isEqualTo(account.toString());

        var unknown = officer.put(
                "/api/v1/people/" + person + "/citizen-account",
                Map.of("citizenAccount", UUID.randomUUID().toString()));
        assertThat(errors(assertProblem(unknown, 422))).containsKey("citizenAccount");
        assertThat(officer.delete("/api/v1/people/" + person + "/citizen-account")
                        .status())
                .isEqualTo(204);
        assertThat(officer.get("/api/v1/people/" + person)
                        .json()
                        .path("citizenAccount")
                        .isNull())
                .isTrue();
    }

    @Test
    void mergingNeedsASupervisorAndLeavesATombstone() {
        var kept = add(Map.of("givenNames", "Alan", "familyName", "Merge", "dateOfBirth", born));
        var gone = add(
                Map.of("givenNames", "Al", "familyName", "Merge", "dateOfBirth", born, "confirmNotDuplicate", true));

        var preview = officer.get("/api/v1/people/" + kept + "/merge-preview?merged=" + gone);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.text("/merged/givenNames")).isEqualTo("Al");
        assertProblem(officer.post("/api/v1/people/" + kept + "/merge", Map.of("merged", gone)), 403);

        var merged = lead.post("/api/v1/people/" + kept + "/merge", Map.of("merged", gone));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.text("/previousNames/0/givenNames")).isEqualTo("Al");
        assertThat(officer.get("/api/v1/people/" + gone).text("/mergedInto")).isEqualTo(kept);
        var again = lead.post("/api/v1/people/" + kept + "/merge", Map.of("merged", gone));
        assertThat(errors(assertProblem(again, 422))).containsKey("merged");
    }
}
