package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What stops a definition with sub-processes, change-access steps or a mode being published. */
class SubProcessAndAccessRulesTests {

    private final DefinitionValidator validator = new DefinitionValidator(feel -> Optional.empty());
    private final ProcessDocuments documents = new ProcessDocuments();

    /** A process with a referral stage and a decision stage, and the given steps in between. */
    private static String process(String mode, String steps) {
        return """
                {"key": "adaptations", "name": "Home adaptations", %s
                 "fields": [
                   {"key": "address", "type": "text"},
                   {"key": "ot-outcome", "type": "text"},
                   {"key": "hours-needed", "type": "number"}
                 ],
                 "stages": [
                   {"key": "refer", "name": "Referral", "targetWorkingDays": 5},
                   {"key": "assess", "name": "Assessment", "targetWorkingDays": 10},
                   {"key": "decide", "name": "Decision", "targetWorkingDays": 5}
                 ],
                 "start": "triage",
                 "steps": [
                   {"kind": "task", "key": "triage", "stage": "refer", "allocation": {"team": "ot"}, "next": "work"},
                   %s,
                   {"kind": "task", "key": "decide", "stage": "decide", "allocation": {"team": "ot"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(mode == null ? "" : "\"mode\": \"" + mode + "\",", steps);
    }

    private List<ValidationProblem> problems(String document) {
        return validator.validate(documents.read(document, DocumentFormat.JSON));
    }

    @Test
    void aSubProcessStepThatMapsTheParentsOwnFieldsCanBePublished() {
        var document = process(null, """
                {"kind": "sub-process", "key": "work", "stage": "assess",
                 "processes": [{"process": "ot-assessment", "fields": {"where": "address"},
                                "returns": {"hours-needed": "hours"}, "outcomeField": "ot-outcome"}],
                 "wait": true, "next": "decide"}""");

        assertThat(problems(document)).isEmpty();
        var step = (Step.SubProcess)
                documents.read(document, DocumentFormat.JSON).step("work").orElseThrow();
        assertThat(step.waitsForChildren()).isTrue();
        assertThat(step.processes().getFirst().returns()).containsEntry("hours-needed", "hours");
    }

    @Test
    void aSubProcessStepMustStartSomethingAndMapOnlyFieldsTheProcessHas() {
        assertThat(problems(process(null, """
                        {"kind": "sub-process", "key": "work", "processes": [], "next": "decide"}""")))
                .extracting(ValidationProblem::path)
                .containsExactly("$.steps[1].processes");

        assertThat(problems(process(null, """
                        {"kind": "sub-process", "key": "work",
                         "processes": [{"process": "ot-assessment", "fields": {"where": "nowhere"},
                                        "returns": {"missing": "hours"}, "outcomeField": "hours-needed"}],
                         "next": "decide"}""")))
                .extracting(ValidationProblem::path)
                .containsExactly(
                        "$.steps[1].processes[0].fields.where",
                        "$.steps[1].processes[0].returns.missing",
                        "$.steps[1].processes[0].outcomeField");
    }

    @Test
    void aChangeAccessStepMustLetSomebodyIn() {
        assertThat(problems(process(null, """
                        {"kind": "change-access", "key": "work", "teams": ["safeguarding"], "next": "decide"}"""))).isEmpty();
        assertThat(problems(process(null, """
                        {"kind": "change-access", "key": "work", "next": "decide"}""")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("lets nobody work the case"));
    }

    @Test
    void theModeIsRestrictedOrFlexibleAndAFlexibleProcessCanEnterEveryStage() {
        var passing = """
                {"kind": "automatic", "key": "work", "stage": "assess", "next": "decide"}""";
        assertThat(problems(process("flexible", passing))).isEmpty();
        assertThat(problems(process("restricted", passing))).isEmpty();
        assertThat(problems(process("loose", passing)))
                .extracting(ValidationProblem::path)
                .containsExactly("$.mode");

        var noAssessmentStep = """
                {"kind": "automatic", "key": "work", "next": "decide"}""";
        assertThat(problems(process("flexible", noAssessmentStep)))
                .extracting(ValidationProblem::path)
                .containsExactly("$.stages[1]");
        assertThat(problems(process(null, noAssessmentStep))).isEmpty();
    }

    @Test
    void otherModulesChecksSeeTheStepsToo() {
        ActionCheck noSuchTeam = definition -> List.of(new ValidationProblem("$.steps[1].teams[0]", "No such team"));
        var withChecks = new DefinitionValidator(feel -> Optional.empty(), List.of(noSuchTeam));

        assertThat(withChecks.validate(documents.read(process(null, """
                                {"kind": "change-access", "key": "work", "teams": ["nobody"], "next": "decide"}"""), DocumentFormat.JSON)))
                .extracting(ValidationProblem::path)
                .containsExactly("$.steps[1].teams[0]");
    }
}
