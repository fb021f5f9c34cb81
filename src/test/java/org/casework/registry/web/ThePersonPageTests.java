package org.casework.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.NewPerson;
import org.casework.registry.People;
import org.casework.registry.PersonCase;
import org.casework.registry.PersonCases;
import org.casework.registry.PersonHistoryEntry;
import org.casework.registry.PersonId;
import org.casework.support.IntegrationTest;
import org.casework.support.StaffSession;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The person page shows what every {@link PersonCases} says about the person — here one standing in for the case file,
 * which answers only for the officer who asks — and a record merged into another points at the survivor. This context
 * runs no jobs: it has a bean the others lack, and every context shares one job table.
 */
@IntegrationTest
@Import(ThePersonPageTests.CasesOfOnePerson.class)
@TestPropertySource(properties = "casework.jobs.enabled=false")
class ThePersonPageTests {

    @TestConfiguration
    static class CasesOfOnePerson {
        @Bean
        PersonCases casesOfAnyone() {
            return new PersonCases() {
                @Override
                public List<PersonCase> casesOf(PersonId person, StaffPrincipal viewer) {
                    return List.of(new PersonCase(
                            "HB-2026-000042", "Housing benefit", "Open", "Applicant", LocalDate.of(2026, 3, 1), null));
                }

                @Override
                public List<PersonHistoryEntry> historyOf(PersonId person, StaffPrincipal viewer) {
                    return List.of(new PersonHistoryEntry(
                            Instant.parse("2026-03-02T10:15:00Z"),
                            "HB-2026-000042",
                            "Message sent",
                            "Asked for payslips (seen by " + viewer.username() + ")"));
                }
            };
        }
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    People people;

    @LocalServerPort
    int port;

    @Test
    void thePersonsCasesAndHistoryComeFromThePersonCasesTheCouncilHas() {
        var council = new TestCouncil(staff, apiKeys, port);
        var officer = council.signInOfficer("pat", Set.of(Role.OFFICER), "benefits");
        var id = people.add(new NewPerson("Nia", "Roberts", "1990-09-09"), true, "test");

        var page = StaffSession.signIn(port, officer.username(), TestCouncil.PASSWORD)
                .get("/people/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("HB-2026-000042", "Housing benefit", "Applicant")
                .contains("Asked for payslips (seen by " + officer.username() + ")")
                .doesNotContain("No cases you can see are about this person");
    }

    @Test
    void aMergedRecordPointsAtTheRecordItWasMergedInto() {
        var council = new TestCouncil(staff, apiKeys, port);
        var officer = council.signInOfficer("pip", Set.of(Role.OFFICER), "benefits");
        var kept = people.add(new NewPerson("Gwen", "Price", "1970-07-07"), true, "test");
        var gone = people.add(new NewPerson("Gwendolyn", "Price", "1970-07-07"), true, "test");
        people.merge(kept, gone, "test");

        var session = StaffSession.signIn(port, officer.username(), TestCouncil.PASSWORD);
        var page = session.get("/people/" + gone);

        assertThat(page.body()).contains("This record was merged into", "/people/" + kept);
        assertThat(session.get("/people/" + java.util.UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }
}
