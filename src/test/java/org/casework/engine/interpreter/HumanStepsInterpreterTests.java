package org.casework.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.Step;
import org.casework.engine.ProcessStuck;
import org.casework.engine.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** How approval and checklist steps move a case, and how a case is sent back, without a database. */
class HumanStepsInterpreterTests {

    /** Monday 2 June 2025. */
    static final Instant MONDAY = Instant.parse("2025-06-02T09:00:00Z");

    /** Wednesday 4 June 2025. */
    static final Instant WEDNESDAY = Instant.parse("2025-06-04T09:00:00Z");

    final Interpreter interpreter = new Interpreter(new ConditionEvaluator(), WorkingCalendar.englandAndWales());

    final ProcessDefinition grant = new ProcessDocuments().read("""
                    {"key": "grant", "name": "Grant",
                     "stages": [{"key": "assess", "name": "Assessing", "targetWorkingDays": 5},
                                {"key": "decide", "name": "Deciding", "targetWorkingDays": 3}],
                     "start": "verify",
                     "steps": [
                       {"kind": "checklist", "key": "verify", "stage": "assess", "allocation": {"team": "grants"},
                        "items": [{"key": "id-seen", "label": "Identity seen"}], "next": "prepare"},
                       {"kind": "task", "key": "prepare", "stage": "assess", "allocation": {"team": "grants"},
                        "targetWorkingDays": 2, "next": "approve"},
                       {"kind": "approval", "key": "approve", "stage": "decide",
                        "approvers": ["sam", "wendy"], "approved": "award", "rejected": "refuse"},
                       {"kind": "end", "key": "award", "outcome": "awarded"},
                       {"kind": "end", "key": "refuse", "outcome": "refused"}
                     ],
                     "actions": [
                       {"kind": "notify", "on": "approval-approved", "target": "approve", "template": "yes",
                        "to": "requester"},
                       {"kind": "notify", "on": "approval-rejected", "target": "approve", "template": "no",
                        "to": "requester"}
                     ]}
                    """, DocumentFormat.JSON);

    @Test
    void aChecklistWaitsForItsTaskAndCompletingItMovesOn() {
        var atChecklist = interpreter.start(grant, Map.of(), "ann", MONDAY);

        assertThat(atChecklist.position().step()).isEqualTo("verify");
        assertThat(atChecklist.effects())
                .filteredOn(e -> e instanceof Effect.TaskNeeded)
                .singleElement()
                .satisfies(e -> assertThat(((Effect.TaskNeeded) e).step()).isInstanceOf(Step.Checklist.class));
        var atPrepare = interpreter.complete(grant, atChecklist.position(), Map.of(), "ann", MONDAY);
        assertThat(atPrepare.position().step()).isEqualTo("prepare");
    }

    @Test
    void anApprovalAsksForATaskPerApproverOnItsList() {
        var atApproval = toApproval();

        var needed = (Effect.TaskNeeded) atApproval.effects().stream()
                .filter(e -> e instanceof Effect.TaskNeeded)
                .findFirst()
                .orElseThrow();
        assertThat(needed.step().allocations()).hasSize(2);
    }

    @Test
    void anApprovedApprovalGoesToItsApprovedStepAndRunsItsApprovedActions() {
        var decided = interpreter.decide(grant, toApproval().position(), true, "wendy", MONDAY);

        assertThat(decided.position().closed()).isTrue();
        assertThat(decided.effects()).contains(new Effect.CaseClosed("award", "awarded"));
        assertThat(decided.effects())
                .contains(new Effect.StepCompleted("approve", "wendy", Map.of("decision", "approved")));
        assertThat(decided.effects())
                .filteredOn(e -> e instanceof Effect.ActionDue)
                .extracting(e -> ((Effect.ActionDue) e).event())
                .containsExactly(Action.Event.APPROVAL_APPROVED);
    }

    @Test
    void aRejectedApprovalGoesToItsRejectedStep() {
        var decided = interpreter.decide(grant, toApproval().position(), false, "sam", MONDAY);

        assertThat(decided.effects()).contains(new Effect.CaseClosed("refuse", "refused"));
        assertThat(decided.effects())
                .filteredOn(e -> e instanceof Effect.ActionDue)
                .extracting(e -> ((Effect.ActionDue) e).event())
                .containsExactly(Action.Event.APPROVAL_REJECTED);
    }

    @Test
    void anApprovalIsDecidedNotCompleted() {
        var atApproval = toApproval().position();

        assertThatThrownBy(() -> interpreter.complete(grant, atApproval, Map.of(), "sam", MONDAY))
                .isInstanceOf(ProcessStuck.class);
    }

    @Test
    void sentBackWithinAStageTheWorkIsNeededAgainUnderANewTokenAndTheStageKeepsItsTarget() {
        var atPrepare = interpreter.complete(
                grant, interpreter.start(grant, Map.of(), "ann", MONDAY).position(), Map.of(), "ann", MONDAY);
        var atVerifyAgain = interpreter.sendBack(
                grant, atPrepare.position(), "verify", null, "Wrong passport", null, "abe", WEDNESDAY);

        assertThat(atVerifyAgain.position().step()).isEqualTo("verify");
        assertThat(atVerifyAgain.position().token())
                .isEqualTo(atPrepare.position().token() + 1);
        assertThat(atVerifyAgain.position().stageDueOn())
                .isEqualTo(atPrepare.position().stageDueOn());
        assertThat(atVerifyAgain.effects())
                .startsWith(new Effect.SentBack("prepare", "verify", "Wrong passport", null))
                .noneMatch(e -> e instanceof Effect.StageEntered);
    }

    @Test
    void sentBackToAnEarlierStageTheStageTakesBackItsFirstTargetAndTheTaskGetsItsOwnTimeAgain() {
        var atApproval = toApproval();
        var assessTarget = LocalDate.of(2025, 6, 9);

        var atPrepareAgain = interpreter.sendBack(
                grant, atApproval.position(), "prepare", assessTarget, "Add quotes", "ann", "sam", WEDNESDAY);

        assertThat(atPrepareAgain.position().stage()).isEqualTo("assess");
        assertThat(atPrepareAgain.position().stageDueOn()).isEqualTo(assessTarget);
        assertThat(atPrepareAgain.effects()).contains(new Effect.StageEntered("assess", assessTarget));
        var needed = (Effect.TaskNeeded) atPrepareAgain.effects().stream()
                .filter(e -> e instanceof Effect.TaskNeeded)
                .findFirst()
                .orElseThrow();
        assertThat(needed.step().key()).isEqualTo("prepare");
        assertThat(needed.dueOn()).as("two working days from Wednesday").isEqualTo(LocalDate.of(2025, 6, 6));
    }

    private Advance toApproval() {
        var atChecklist = interpreter.start(grant, Map.of(), "ann", MONDAY);
        var atPrepare = interpreter.complete(grant, atChecklist.position(), Map.of(), "ann", MONDAY);
        var atApproval = interpreter.complete(grant, atPrepare.position(), Map.of(), "ann", MONDAY);
        assertThat(atApproval.position().step()).isEqualTo("approve");
        return atApproval;
    }
}
