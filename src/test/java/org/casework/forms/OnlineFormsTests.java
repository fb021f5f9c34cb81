package org.casework.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.casework.definition.FormPage;
import org.casework.engine.Cases;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Blue Badge form: pages that depend on earlier answers, answers checked as the process checks them, drafts that
 * notice a second tab, and sending, which starts the case with the answers of the pages the citizen saw, once.
 */
@IntegrationTest
class OnlineFormsTests {

    @Autowired
    Forms forms;

    @Autowired
    Cases cases;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    OfferedService blueBadge;
    TestCouncil council;
    TestCouncil.Officer admin;

    @BeforeEach
    void aCouncilOfferingBlueBadgesOnline() {
        council = new TestCouncil(staff, apiKeys, port);
        var names = new String[] {"apply-for-a-blue-badge", "blue-badge", "occupational-therapy", "blue-badge-issuing"};
        for (int i = 1; i < names.length; i++) council.team(names[i]);
        admin = council.officer("admin", Set.of(Role.ADMIN));
        var key = council.publish(
                admin.api(),
                council.process("apply-for-a-blue-badge.json", names),
                council.named("apply-for-a-blue-badge"));
        blueBadge = forms.service(key).orElseThrow();
    }

    @Test
    void theCatalogueOffersOnlyPublishedFormsMarkedPublic() {
        var hidden = council.publish(
                admin.api(),
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors")
                        .replace("\"public\": true", "\"public\": false"),
                council.named("report-a-problem"));

        assertThat(forms.catalogue())
                .extracting(OfferedService::key)
                .contains(blueBadge.key())
                .doesNotContain(hidden);
        assertThat(forms.service(hidden)).isEmpty();
    }

    @Test
    void pagesAppearOnlyWhenTheirConditionHolds() {
        var further = Map.of("eligibility-route", "further-assessment");
        var pip = Map.of("eligibility-route", "automatic-pip");

        assertThat(keys(forms.pages(blueBadge, further))).doesNotContain("pip-points", "evidence");
        assertThat(keys(forms.pages(blueBadge, pip))).contains("pip-points", "evidence");
        var eligibility = forms.page(blueBadge, "eligibility").orElseThrow();
        assertThat(forms.after(blueBadge, pip, eligibility).orElseThrow().key()).isEqualTo("pip-points");
        assertThat(forms.after(blueBadge, further, eligibility).orElseThrow().key())
                .isEqualTo("contact");
    }

    @Test
    void answersAreCheckedAsTheProcessChecksThemInWordsForTheCitizen() {
        var name = forms.page(blueBadge, "name").orElseThrow();
        var dateOfBirth = forms.page(blueBadge, "date-of-birth").orElseThrow();

        assertThat(forms.check(blueBadge, name, Map.of()).problems())
                .containsEntry("applicant-name", "Enter applicant's full name");
        assertThat(forms.check(blueBadge, dateOfBirth, Map.of("date-of-birth", "31/02/1950"))
                        .problems())
                .containsKey("date-of-birth");
        var accepted = forms.check(blueBadge, name, Map.of("applicant-name", "  Pat Jones "));
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.typed()).containsEntry("applicant-name", "Pat Jones");
    }

    @Test
    void aDraftSavedInAnotherTabIsNotOverwritten() {
        var draft = forms.newDraft(blueBadge.key(), null);
        assertThat(forms.save(draft, Map.of("applicant-name", "Pat Jones"))).isTrue();
        assertThat(forms.save(draft, Map.of("applicant-name", "Someone Else"))).isFalse();
        assertThat(forms.draft(draft.id()).orElseThrow().answers()).containsEntry("applicant-name", "Pat Jones");
    }

    @Test
    void sendingStartsTheCaseWithTheAnswersOfThePagesSeenAndSendingAgainStartsNoSecondCase() {
        var draft = forms.newDraft(blueBadge.key(), null);
        var answers = new LinkedHashMap<String, String>();
        answers.put("applicant-name", "Pat Jones");
        answers.put("date-of-birth", "1950-06-01");
        answers.put("postcode", "SW1A 1AA");
        // Answered while PIP was chosen, then the citizen went back and chose a further assessment instead.
        answers.put("pip-mobility-points", "10");
        answers.put("eligibility-route", "further-assessment");
        answers.put("email", "pat@example.com");
        forms.save(draft, answers);
        var filled = forms.draft(draft.id()).orElseThrow();
        assertThat(forms.unfinished(blueBadge, filled.answers())).isEmpty();

        var sent = forms.submit(blueBadge, filled, null);
        var again = forms.submit(blueBadge, filled, null);

        assertThat(again.request().id()).isEqualTo(sent.request().id());
        var data = cases.get(sent.request().id()).data();
        assertThat(data).containsEntry("applicant-name", "Pat Jones").doesNotContainKey("pip-mobility-points");
        assertThat(sent.request().citizen().email()).isEqualTo("pat@example.com");
        assertThat(sent.request().citizen().name()).isEqualTo("Pat Jones");
        assertThat(sent.trackingLink().url())
                .contains("/portal/track/" + sent.request().reference() + "?key=");
        assertThat(forms.draft(draft.id())).isEmpty();
    }

    private static java.util.List<String> keys(java.util.List<FormPage> pages) {
        return pages.stream().map(FormPage::key).toList();
    }
}
