package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.casework.definition.Allocation;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.Step;
import org.casework.engine.interpreter.Interpreter;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Try it passes every wait a real case would stop at, as if each ended, until the case closes; a process that goes
 * round a loop with the answers given stops after a limit instead of running for ever, and says why.
 */
class ProcessTrialsTests {

    private final ConditionEvaluator conditions = new ConditionEvaluator();
    private final ProcessTrials trials = new ProcessTrials(
            new Interpreter(conditions, WorkingCalendar.englandAndWales()),
            conditions,
            new CaseDataValidation(),
            Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));

    private static ProcessDefinition definition(String file) throws IOException {
        var text = new ClassPathResource("definitions/" + file).getContentAsString(StandardCharsets.UTF_8);
        return new ProcessDocuments().read(text, DocumentFormat.JSON);
    }

    @Test
    void aTimerFallsDueAndATaskIsCompletedSoTheTrialReachesTheEnd() throws IOException {
        var trial = trials.run(definition("cooling-off.json"), Map.of());

        assertThat(trial.steps().stream().map(Trial.Stop::key))
                .containsExactly("receive", "wait-out-cooling-off", "follow-up", "done");
        assertThat(trial.steps().get(1).assumed()).isEqualTo("The timer falls due");
        assertThat(trial.steps().get(2).assumed()).isEqualTo("Completed with the answers given");
        assertThat(trial.steps().get(2).allocation()).isNotNull();
        assertThat(trial.stopped()).isNull();
    }

    @Test
    void anApprovalIsAssumedApprovedAndGoesToTheTeamThatDecides() throws IOException {
        var process = definition("cooling-off.json");
        var steps = new java.util.ArrayList<Step>();
        for (var step : process.steps()) {
            if (step.key().equals("follow-up")) {
                steps.add(new Step.Approval(
                        "follow-up", "Lead approves", step.stage(), null, "leads", null, null, "done", "done"));
            } else {
                steps.add(step);
            }
        }
        var withApproval = new ProcessDefinition(
                process.key(),
                process.name(),
                null,
                null,
                null,
                null,
                null,
                process.fields(),
                process.stages(),
                process.start(),
                steps,
                List.of(),
                process.sla(),
                null,
                null);

        var trial = trials.run(withApproval, Map.of());

        assertThat(trial.steps().stream().map(Trial.Stop::key))
                .containsExactly("receive", "wait-out-cooling-off", "follow-up", "done");
        assertThat(trial.steps().get(2).assumed()).isEqualTo("Approved");
        assertThat(trial.steps().get(2).allocation().team()).isEqualTo("leads");
        assertThat(trial.stopped()).isNull();
    }

    @Test
    void theMessagesATaskBeingAssignedSendsAreListedToo() throws IOException {
        var process = definition("cooling-off.json");
        var withActions = new ProcessDefinition(
                process.key(),
                process.name(),
                null,
                null,
                null,
                null,
                null,
                process.fields(),
                process.stages(),
                process.start(),
                process.steps(),
                List.of(new org.casework.definition.Action.Notify(
                        org.casework.definition.Action.Event.TASK_ASSIGNED,
                        "follow-up",
                        null,
                        "follow-up-waiting",
                        org.casework.definition.Action.Recipient.ASSIGNEE,
                        null,
                        null,
                        null)),
                process.sla(),
                null,
                null);

        var trial = trials.run(withActions, Map.of());

        assertThat(trial.messages())
                .containsExactly(new Trial.Message(
                        "task-assigned of 'follow-up'", "follow-up-waiting", "whoever holds the task"));
    }

    @Test
    void aProcessThatLoopsStopsAfterTheLimitAndSaysSo() throws IOException {
        var process = definition("cooling-off.json");
        var steps = new java.util.ArrayList<Step>();
        for (var step : process.steps()) {
            steps.add(
                    step.key().equals("follow-up")
                            ? new Step.Task(
                                    "follow-up",
                                    "Follow up",
                                    null,
                                    new Allocation.ToTeam("team"),
                                    List.of(),
                                    List.of(),
                                    null,
                                    null,
                                    "wait-out-cooling-off")
                            : step);
        }
        var looping = new ProcessDefinition(
                process.key(),
                process.name(),
                null,
                null,
                null,
                null,
                null,
                process.fields(),
                process.stages(),
                process.start(),
                steps,
                List.of(),
                process.sla(),
                null,
                null);

        var trial = trials.run(looping, Map.of());

        assertThat(trial.stopped()).contains("went round a loop");
        assertThat(trial.outcome()).isNull();
    }

    @Test
    void anAnswerTheFieldsRefuseIsRefusedBeforeAnythingRuns() throws IOException {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidCaseData.class, () -> trials.run(definition("cooling-off.json"), Map.of("nope", "x")));

        assertThat(refused).isNotNull();
    }
}
