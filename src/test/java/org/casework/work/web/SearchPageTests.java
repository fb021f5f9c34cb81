package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.StaffSession;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search page and its CSV export over HTTP, signed in as an officer of highways: what it lists, how it refuses
 * what it cannot read, and an export that streams every match once, in order, with nothing a spreadsheet would run.
 */
@IntegrationTest
class SearchPageTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer administrator;
    String process;
    String officer;
    String colleagueElsewhere;
    StaffSession session;

    @BeforeEach
    void anOfficerOfHighwaysSignedIn() {
        council = new TestCouncil(staff, apiKeys, port);
        administrator = council.admin();
        process = council.publishReportAProblem(
                administrator.api(), "category", "priority", "postcode", "route", "decision");
        officer = council.signInOfficer("hal", Set.of(Role.OFFICER), "highways").username();
        colleagueElsewhere = council.officer("eve", "environment").username();
        session = StaffSession.signIn(port, officer, TestCouncil.PASSWORD);
    }

    @Test
    void theSearchListsOnlyTheCasesTheOfficersTeamsMaySee() {
        var pothole = report("Ann Smith", "pothole", colleagueElsewhere);
        var flytipping = report("Bob Smith", "flytipping", colleagueElsewhere);

        var page = session.get("/search?name=smith&process=" + process);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(pothole.reference(), "Ann Smith").doesNotContain(flytipping.reference());
    }

    @Test
    void aProcessWithOnlyADraftIsNotOfferedForSearching() {
        var draft = council.named("still-a-draft");
        var document = council.process("report-a-problem.json", "report-a-problem")
                .replace(council.named("report-a-problem"), draft);
        var saved = administrator.api().put("/api/v1/definitions/" + draft + "/draft", document, "application/json");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        var page = session.get("/search");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + process + "\"").doesNotContain(draft);
    }

    @Test
    void anImpossibleDateIsExplainedAndWhatWasTypedIsKept() {
        var page = session.get(
                "/search?name=Smith&created-from-day=31&created-from-month=2&created-from-year=2026&status=open");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("<title>Error: Search cases – Casework</title>")
                .contains("govuk-error-summary")
                .contains("href=\"#created-from-day\">Created from must be a real date")
                .contains("value=\"Smith\"", "value=\"31\"", "value=\"2026\"")
                .containsPattern("<option value=\"open\"\\s+selected=\"selected\">Open</option>");
    }

    @Test
    void anUnknownStatusOrAFieldWithoutAnAnswerIsRefusedWithAReason() {
        var page = session.get("/search?status=lost&field=category");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Choose a status from the list", "Enter the answer to look for");
    }

    @Test
    void anAlteredPageLinkIsRefusedWithAReason() {
        var page = session.get("/search?after=not-a-cursor");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("That page link no longer works");
    }

    @Test
    void theExportStreamsEveryMatchOnceNewestFirstWithAHeaderAcrossManyInternalPages() throws IOException {
        // One transaction for the lot: a commit per case would spend most of the test waiting on the disk.
        var started = new ArrayList<CaseView>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 1_200; i++) started.add(startQuietly("Citizen " + i));
        });
        var newestFirst = started.stream()
                .sorted(Comparator.comparing(CaseView::createdAt).reversed())
                .map(CaseView::reference)
                .toList();

        var page = session.get("/search?process=" + process);
        assertThat(page.body()).contains("Next page", "/search.csv?process=" + process);

        var response = session.stream("/search.csv?process=" + process);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"cases-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        var rows = read(response.body());
        assertThat(rows.getFirst().values()).containsExactly(CasesCsv.HEADER.toArray(String[]::new));
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws IOException {
        startQuietly("=HYPERLINK(\"http://example.org\",\"Click\")");
        startQuietly("@SUM(A1)");
        startQuietly("Jo \"The Pothole\" Bloggs, Esq.");

        var rows = read(session.stream("/search.csv?process=" + process).body());

        assertThat(rows.subList(1, rows.size()))
                .extracting(row -> row.get(2))
                .containsExactly(
                        "Jo \"The Pothole\" Bloggs, Esq.",
                        "'@SUM(A1)",
                        "'=HYPERLINK(\"http://example.org\",\"Click\")");
    }

    @Test
    void theExportRefusesASearchThePageWouldRefuse() {
        var response = session.get("/search.csv?status=lost");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Choose a status from the list");
    }

    @Test
    void cellsThatWouldStartAFormulaGetALeadingApostropheAndNothingElseChanges() {
        assertThat(CasesCsv.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(CasesCsv.inert("+44 1632 960001")).isEqualTo("'+44 1632 960001");
        assertThat(CasesCsv.inert("-2")).isEqualTo("'-2");
        assertThat(CasesCsv.inert("@A1")).isEqualTo("'@A1");
        assertThat(CasesCsv.inert("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CasesCsv.inert("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CasesCsv.inert("Ann Smith")).isEqualTo("Ann Smith");
        assertThat(CasesCsv.inert(null)).isNull();
    }

    /** A case started by the officer, through the engine: quicker than the API when a test needs many. */
    private CaseView startQuietly(String citizen) {
        return cases.start(
                new StartCase(process, Map.of("category", "pothole"), new Citizen(citizen, null, null), officer, null));
    }

    private CaseView report(String citizen, String category, String by) {
        return cases.start(
                new StartCase(process, Map.of("category", category), new Citizen(citizen, null, null), by, null));
    }

    private static List<CSVRecord> read(java.io.InputStream body) throws IOException {
        try (var reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            var first = reader.read();
            assertThat(first).as("a byte order mark for Excel").isEqualTo('\uFEFF');
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
