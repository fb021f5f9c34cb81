package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lookup lists through the REST API: administrators add, change, retire and restore values; a department sees its
 * own values and everyone's; a retired value is no longer offered but can still be read; bad input names the field.
 */
@IntegrationTest
class LookupListsThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    Api admin;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
    }

    @Test
    void everyListIsListedWithWhetherItIsKeptPerDepartment() {
        var lists = admin.get("/api/v1/lookups").json();

        assertThat(lists.findValuesAsString("key"))
                .contains(
                        "contact-types", "relationship-types", "demand-types", "system-conditions", "abandon-reasons");
        lists.forEach(list -> {
            if (list.path("key").asString().equals("demand-types"))
                assertThat(list.path("perDepartment").asBoolean()).isTrue();
            if (list.path("key").asString().equals("contact-types"))
                assertThat(list.path("perDepartment").asBoolean()).isFalse();
        });
    }

    @Test
    void anAdministratorAddsAValueAndChangesItsLabel() {
        var code = council.named("fax");

        var added = admin.put("/api/v1/lookups/contact-types/" + code, Map.of("label", "Fax"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/v1/lookups/contact-types/" + code);

        var changed = admin.put("/api/v1/lookups/contact-types/" + code, Map.of("label", "Fax machine"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/v1/lookups/contact-types/" + code).text("/label"))
                .isEqualTo("Fax machine");
        assertThat(admin.get("/api/v1/lookups/contact-types").json().findValuesAsString("code"))
                .contains(code, "email", "mobile");
    }

    @Test
    void aDepartmentIsOfferedItsOwnValuesAndEveryonesButNotAnotherDepartments() {
        var highways = council.named("highways");
        var housing = council.named("housing");
        admin.put("/api/v1/lookups/departments/" + highways, Map.of("label", "Highways"));
        admin.put("/api/v1/lookups/departments/" + housing, Map.of("label", "Housing"));
        var pothole = council.named("pothole");
        var damp = council.named("damp");
        var complaint = council.named("complaint");
        admin.put("/api/v1/lookups/demand-types/" + pothole, Map.of("label", "Pothole", "department", highways));
        admin.put("/api/v1/lookups/demand-types/" + damp, Map.of("label", "Damp and mould", "department", housing));
        admin.put("/api/v1/lookups/demand-types/" + complaint, Map.of("label", "Complaint"));

        var forHighways = admin.get("/api/v1/lookups/demand-types?department=" + highways)
                .json()
                .findValuesAsString("code");

        assertThat(forHighways).contains(pothole, complaint).doesNotContain(damp);
    }

    @Test
    void aRetiredValueIsOfferedNoMoreButStillReadsAndCanBeOfferedAgain() {
        var code = council.named("pager");
        admin.put("/api/v1/lookups/contact-types/" + code, Map.of("label", "Pager"));

        var retired = admin.post("/api/v1/lookups/contact-types/" + code + "/retire", Map.of());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/lookups/contact-types").json().findValuesAsString("code"))
                .doesNotContain(code);
        assertThat(admin.get("/api/v1/lookups/contact-types?includeRetired=true")
                        .json()
                        .findValuesAsString("code"))
                .contains(code);
        assertThat(admin.get("/api/v1/lookups/contact-types/" + code).text("/label"))
                .isEqualTo("Pager");

        admin.post("/api/v1/lookups/contact-types/" + code + "/restore", Map.of());
        assertThat(admin.get("/api/v1/lookups/contact-types").json().findValuesAsString("code"))
                .contains(code);
    }

    @Test
    void aRelationshipTypeNeedsItsLabelFromTheOtherSide() {
        var refused = admin.put(
                "/api/v1/lookups/relationship-types/" + council.named("guardian"), Map.of("label", "Guardian of"));

        var problem = assertProblem(refused, 422);
        assertThat(errors(problem)).containsKey("inverseLabel");

        var saved = admin.put(
                "/api/v1/lookups/relationship-types/" + council.named("guardian"),
                Map.of("label", "Guardian of", "inverseLabel", "Ward of"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.text("/inverseLabel")).isEqualTo("Ward of");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        var badCode =
                assertProblem(admin.put("/api/v1/lookups/contact-types/Fax_Machine", Map.of("label", "Fax")), 422);
        assertThat(errors(badCode)).containsKey("code");

        var noLabel =
                assertProblem(admin.put("/api/v1/lookups/contact-types/" + council.named("telex"), Map.of()), 422);
        assertThat(errors(noLabel)).containsEntry("label", "Enter a label");

        var unknownDepartment = assertProblem(
                admin.put(
                        "/api/v1/lookups/demand-types/" + council.named("noise"),
                        Map.of("label", "Noise", "department", "no-such-department")),
                422);
        assertThat(errors(unknownDepartment).get("department"))
                .contains("'no-such-department' is not one of the departments; use one of:");

        var departmentOnASharedList = assertProblem(
                admin.put(
                        "/api/v1/lookups/contact-types/" + council.named("pigeon"),
                        Map.of("label", "Pigeon", "department", "anything")),
                422);
        assertThat(errors(departmentOnASharedList)).containsKey("department");

        assertThat(admin.get("/api/v1/lookups/contact-types?includeRetired=true")
                        .json()
                        .findValuesAsString("code"))
                .noneMatch(code -> code.contains("telex") || code.contains("pigeon"));
    }

    @Test
    void anUnknownListOrValueIsNotFoundNamingTheListsThereAre() {
        var unknownList = assertProblem(admin.get("/api/v1/lookups/favourite-colours"), 404);
        assertThat(unknownList.path("detail").asString()).contains("contact-types", "demand-types");

        assertProblem(admin.get("/api/v1/lookups/contact-types/carrier-pigeon"), 404);
        assertProblem(admin.post("/api/v1/lookups/contact-types/carrier-pigeon/retire", Map.of()), 404);
    }

    @Test
    void onlyAdministratorsChangeTheLists() {
        var officer = council.officer("olive", council.team("highways")).api();

        assertThat(officer.get("/api/v1/lookups/contact-types").status()).isEqualTo(200);
        assertThat(officer.put(
                                "/api/v1/lookups/contact-types/" + council.named("telegram"),
                                Map.of("label", "Telegram"))
                        .status())
                .isEqualTo(403);
    }
}
