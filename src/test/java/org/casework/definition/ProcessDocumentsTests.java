package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.definition.DefinitionFixture.reportAProblem;
import static org.casework.definition.DefinitionFixture.reportAProblemJson;
import static org.casework.definition.DefinitionFixture.withAllocation;
import static org.casework.definition.DefinitionFixture.withNext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casework.definition.Condition.Compare;
import org.casework.definition.Condition.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessDocumentsTests {

    private final ProcessDocuments documents = new ProcessDocuments();

    /** W1 with one of everything the model has, so a round trip covers every kind and shape. */
    private static ProcessDefinition everything() {
        var everyCondition = new Condition.All(List.of(
                new Compare("priority", Operator.BETWEEN, List.of(1, 3)),
                new Condition.Any(List.of(
                        new Compare("category", Operator.ONE_OF, List.of("pothole", "other")),
                        new Condition.Not(new Compare("postcode", Operator.IS_EMPTY, null)))),
                new Condition.Feel("priority < 3")));
        return reportAProblem()
                .field(new FieldDefinition("due", "Due", FieldType.DATE, false, null, "When the repair is due"))
                .<Step.Task>step("triage", t -> withNext(t, "cool-off"))
                .step(new Step.Timer("cool-off", "Cool off", "assessing", Duration.ofHours(2), null, null, "wait"))
                .step(new Step.Timer("wait", null, null, null, 3, null, "until-due"))
                .step(new Step.Timer("until-due", null, null, null, null, "due", "ask-for-photos"))
                .step(new Step.InformationRequest(
                        "ask-for-photos",
                        "Ask for photos",
                        "assessing",
                        "Please send us a photo of the pothole.",
                        List.of("photo"),
                        5,
                        "review",
                        "closed"))
                .<Step.Task>step("review", t -> withAllocation(t, new Allocation.SameUserAs("triage", "supervisors")))
                .action(new Action.SetFields(
                        Action.Event.STEP_COMPLETED, "triage", everyCondition, Map.of("priority", 1, "route", "10")))
                .action(new Action.SetFields(Action.Event.CASE_STARTED, null, null, Map.of("description", "yes")))
                .retentionDays(2190)
                .sla(new Sla(10, true))
                .build();
    }

    @Test
    void theReportAProblemDefinitionReadsAsWritten() {
        var definition = documents.read(reportAProblemJson(), DocumentFormat.JSON);

        assertThat(definition.key()).isEqualTo("report-a-problem");
        assertThat(definition.lgslCode()).isEqualTo("557");
        assertThat(definition.sla()).isEqualTo(new Sla(10));
        assertThat(definition.field("category").orElseThrow().options())
                .containsExactly("pothole", "flytipping", "other");
        assertThat(definition.step("triage").orElseThrow())
                .isInstanceOfSatisfying(
                        Step.Task.class,
                        triage -> assertThat(triage.allocation())
                                .isEqualTo(new Allocation.ByConditions(
                                        List.of(new Allocation.TeamRule(
                                                new Compare("route", Operator.EQUALS, "highways"), "highways")),
                                        "environment")));
        assertThat(definition.step("review").orElseThrow())
                .isInstanceOfSatisfying(
                        Step.Task.class,
                        review -> assertThat(review.allocation()).isEqualTo(new Allocation.ToTeam("supervisors")));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aDefinitionReadsBackEqualToWhatWasWritten(DocumentFormat format) {
        var definition = everything();

        assertThat(documents.read(documents.write(definition, format), format)).isEqualTo(definition);
    }

    @Test
    void jsonAndYamlHoldTheSameDefinition() {
        var definition = everything();
        var yaml = documents.write(
                documents.read(documents.write(definition, DocumentFormat.JSON), DocumentFormat.JSON),
                DocumentFormat.YAML);

        assertThat(documents.read(yaml, DocumentFormat.YAML)).isEqualTo(definition);
    }

    @Test
    void anInformationRequestStepReadsAsWritten() {
        var json = """
                {"key": "ask", "name": "Ask", "start": "ask-for-evidence",
                 "steps": [
                   {"kind": "information-request", "key": "ask-for-evidence", "name": "Ask for the evidence",
                    "message": "Please send your award letter.", "documents": ["proof-of-eligibility"],
                    "replyWithinWorkingDays": 10, "next": "closed", "overdue": "closed"},
                   {"kind": "end", "key": "closed"}],
                 "sla": {"targetWorkingDays": 60, "pauseWhileWaitingOnCitizen": true}}
                """;

        var definition = documents.read(json, DocumentFormat.JSON);

        assertThat(definition.step("ask-for-evidence").orElseThrow())
                .isEqualTo(new Step.InformationRequest(
                        "ask-for-evidence",
                        "Ask for the evidence",
                        null,
                        "Please send your award letter.",
                        List.of("proof-of-eligibility"),
                        10,
                        "closed",
                        "closed"));
        assertThat(definition.sla().pausesForCitizen()).isTrue();
    }

    @Test
    void anSlaThatDoesNotSayItPausesDoesNot() {
        var definition = documents.read(reportAProblemJson(), DocumentFormat.JSON);

        assertThat(definition.sla().pausesForCitizen()).isFalse();
        assertThat(documents.write(definition, DocumentFormat.JSON)).doesNotContain("pauseWhileWaitingOnCitizen");
    }

    @Test
    void aTimerDurationIsWrittenAsIsoText() {
        var definition = everything();

        assertThat(documents.write(definition, DocumentFormat.JSON)).contains("\"after\" : \"PT2H\"");
        assertThat(documents.write(definition, DocumentFormat.YAML)).contains("after: PT2H");
        assertThat(documents.write(definition, DocumentFormat.YAML))
                .doesNotContain("!<")
                .doesNotStartWith("---");
    }

    @Test
    void aTimerDurationIsReadFromIsoText() {
        var yaml = documents.write(everything(), DocumentFormat.YAML).replace("after: PT2H", "after: P3D");

        assertThat(documents.read(yaml, DocumentFormat.YAML).step("cool-off").orElseThrow())
                .isInstanceOfSatisfying(
                        Step.Timer.class, timer -> assertThat(timer.after()).isEqualTo(Duration.ofDays(3)));
    }

    @Test
    void anUnknownPropertyIsAnError() {
        var json = reportAProblemJson().replace("\"next\": \"closed\"", "\"nxt\": \"closed\"");

        assertUnreadable(json, DocumentFormat.JSON, "$.steps[4].nxt", "unknown property 'nxt' (did you mean 'next'?)");
    }

    @Test
    void anUnknownPropertyInYamlIsReportedAtTheSamePlace() {
        var yaml = documents
                .write(reportAProblem().build(), DocumentFormat.YAML)
                .replace("  next: closed", "  nxt: closed");

        assertUnreadable(yaml, DocumentFormat.YAML, "$.steps[4].nxt", "unknown property 'nxt' (did you mean 'next'?)");
    }

    @Test
    void anUnknownStepKindNamesTheKindsThereAre() {
        var json = reportAProblemJson().replace("\"kind\": \"end\"", "\"kind\": \"finish\"");

        assertUnreadable(
                json,
                DocumentFormat.JSON,
                "$.steps[5].kind",
                "'kind' must be one of task, automatic, branch, timer, information-request, end, api, approval, checklist, sub-process, change-access");
    }

    @Test
    void aStepWithoutAKindNamesTheKindsThereAre() {
        var json = reportAProblemJson().replace("\"kind\": \"end\",", "");

        assertUnreadable(
                json,
                DocumentFormat.JSON,
                "$.steps[5].kind",
                "'kind' is missing: it must be one of task, automatic, branch, timer, information-request, end, api, approval, checklist, sub-process, change-access");
    }

    @Test
    void anUnknownOperatorNamesTheOperatorsThereAre() {
        var json = reportAProblemJson()
                .replace("\"op\": \"equals\", \"value\": \"pothole\"", "\"op\": \"is\", \"value\": \"pothole\"");

        assertUnreadable(
                json,
                DocumentFormat.JSON,
                "$.steps[0].routes[0].when.op",
                "'op' must be one of equals, not-equals, greater-than, less-than, between, is-empty, is-not-empty,"
                        + " one-of, contains");
    }

    @Test
    void anAllocationOfNoKnownShapeSaysWhatItCouldHold() {
        var json = reportAProblemJson().replace("{\"team\": \"supervisors\"}", "{\"teem\": \"supervisors\"}");

        assertUnreadable(
                json,
                DocumentFormat.JSON,
                "$.steps[4].allocation",
                "'allocation' must be an object with one of: team, rules, user, roundRobin, sameUserAs");
    }

    @Test
    void aDurationMustBeIsoText() {
        var yaml = documents.write(everything(), DocumentFormat.YAML).replace("after: PT2H", "after: 2 hours");

        assertUnreadable(
                yaml,
                DocumentFormat.YAML,
                "$.steps[6].after",
                "'after' must be an ISO-8601 duration such as PT2H or P3D");
    }

    @Test
    void aValueOfTheWrongShapeIsAnError() {
        assertUnreadable(
                "{\"key\": \"x\", \"steps\": \"none\"}", DocumentFormat.JSON, "$.steps", "'steps' must be a list");
        assertUnreadable(
                "{\"key\": \"x\", \"sla\": {\"targetWorkingDays\": \"ten\"}}",
                DocumentFormat.JSON,
                "$.sla.targetWorkingDays",
                "'targetWorkingDays' must be a whole number");
        assertUnreadable(
                "[1, 2]", DocumentFormat.JSON, "$", "the document must be an object holding a process definition");
    }

    @Test
    void aNullInAListIsAnError() {
        assertUnreadable(
                "{\"key\": \"x\", \"steps\": [{\"kind\": \"end\", \"key\": \"closed\"}, null]}",
                DocumentFormat.JSON,
                "$.steps[1]",
                "each entry of 'steps' must have a value, not null");
    }

    @Test
    void aPropertyGivenTwiceIsAnError() {
        assertUnreadable(
                "{\"key\": \"a\", \"name\": \"A\", \"key\": \"b\"}",
                DocumentFormat.JSON,
                "$.key",
                "property 'key' appears twice");
        assertUnreadable("key: a\nname: A\nkey: b\n", DocumentFormat.YAML, "$.key", "property 'key' appears twice");
    }

    @Test
    void malformedJsonSaysWhereItWentWrong() {
        assertUnreadable(
                "{\"key\": \"a\",\n \"name\": \"A\",\n}",
                DocumentFormat.JSON,
                "$",
                "the text is not valid JSON: unexpected character ('}' (code 125)): was expecting double-quote to start"
                        + " property name (line 3, column 1)");
    }

    @Test
    void malformedYamlSaysWhereItWentWrong() {
        assertThatThrownBy(() -> documents.read("key: a\nsteps: [\n  - kind: task\n", DocumentFormat.YAML))
                .isInstanceOfSatisfying(
                        DefinitionUnreadable.class,
                        e -> assertThat(e.reason())
                                .startsWith("the text is not valid YAML: ")
                                .endsWith("(line 3, column 3)"));
    }

    @Test
    void textAfterTheDefinitionIsAnError() {
        assertUnreadable(
                "{\"key\": \"a\"} {\"key\": \"b\"}",
                DocumentFormat.JSON,
                "$",
                "there is more after the end of the definition");
    }

    @Test
    void anEmptyDocumentIsAnError() {
        assertUnreadable("", DocumentFormat.JSON, "$", "the document is empty");
        assertUnreadable("null", DocumentFormat.JSON, "$", "the document is empty");
        assertUnreadable("---\n", DocumentFormat.YAML, "$", "the document is empty");
    }

    @Test
    void theFormatComesFromTheContentType() {
        assertThat(DocumentFormat.fromContentType("application/json")).isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.fromContentType("application/json; charset=UTF-8"))
                .isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.fromContentType("application/vnd.casework.process+json"))
                .isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.fromContentType("application/yaml")).isEqualTo(DocumentFormat.YAML);
        assertThat(DocumentFormat.fromContentType("application/x-yaml")).isEqualTo(DocumentFormat.YAML);
        assertThat(DocumentFormat.fromContentType("Text/YAML")).isEqualTo(DocumentFormat.YAML);
        assertThatThrownBy(() -> DocumentFormat.fromContentType("text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentFormat.fromContentType(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertUnreadable(String text, DocumentFormat format, String path, String reason) {
        assertThatThrownBy(() -> documents.read(text, format)).isInstanceOfSatisfying(DefinitionUnreadable.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.path()).isEqualTo(path);
        });
    }
}
