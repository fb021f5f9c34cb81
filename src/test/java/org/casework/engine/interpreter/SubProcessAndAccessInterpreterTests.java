package org.casework.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.engine.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** How a case passes sub-process and change-access steps, and moves between the stages of a flexible process. */
class SubProcessAndAccessInterpreterTests {

    static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    final Interpreter interpreter = new Interpreter(new ConditionEvaluator(), WorkingCalendar.englandAndWales());

    private static ProcessDefinition process(boolean wait) {
        return new ProcessDocuments().read("""
                {"key": "adaptations", "name": "Home adaptations", "mode": "flexible",
                 "fields": [{"key": "ot-outcome", "type": "text"}],
                 "stages": [
                   {"key": "refer", "name": "Referral", "targetWorkingDays": 5},
                   {"key": "assess", "name": "Assessment", "targetWorkingDays": 10},
                   {"key": "decide", "name": "Decision", "targetWorkingDays": 5}
                 ],
                 "start": "restrict",
                 "steps": [
                   {"kind": "change-access", "key": "restrict", "stage": "refer", "teams": ["safeguarding"],
                    "roles": ["TEAM_LEAD"], "next": "assessments"},
                   {"kind": "sub-process", "key": "assessments", "stage": "assess",
                    "processes": [{"process": "ot-assessment"}, {"process": "housing-check"}],
                    "wait": %s, "next": "decide"},
                   {"kind": "task", "key": "decide", "stage": "decide", "allocation": {"team": "ot"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(wait), DocumentFormat.JSON);
    }

    @Test
    void aChangeAccessStepNarrowsWhoMaySeeTheCaseAndPassesStraightThrough() {
        var advance = interpreter.start(process(true), Map.of(), "clerk", MONDAY);

        assertThat(advance.effects())
                .filteredOn(e -> e instanceof Effect.AccessChanged)
                .singleElement()
                .satisfies(e -> {
                    var step = ((Effect.AccessChanged) e).step();
                    assertThat(step.teams()).containsExactly("safeguarding");
                    assertThat(step.roles()).containsExactly("TEAM_LEAD");
                });
        assertThat(advance.effects()).contains(new Effect.StepCompleted("restrict", null, Map.of()));
    }

    @Test
    void aWaitingSubProcessStepStartsItsChildrenAndWaitsForThem() {
        var advance = interpreter.start(process(true), Map.of(), "clerk", MONDAY);

        assertThat(advance.position().step()).isEqualTo("assessments");
        assertThat(advance.position().stage()).isEqualTo("assess");
        assertThat(advance.effects())
                .filteredOn(e -> e instanceof Effect.ChildrenNeeded)
                .singleElement()
                .satisfies(e -> assertThat(((Effect.ChildrenNeeded) e).token()).isEqualTo(2));
    }

    @Test
    void whenTheChildrenHaveEndedTheirAnswersCompleteTheStep() {
        var process = process(true);
        var waiting = interpreter.start(process, Map.of(), "clerk", MONDAY);

        var decided =
                interpreter.complete(process, waiting.position(), Map.of("ot-outcome", "approved"), "system", MONDAY);

        assertThat(decided.position().step()).isEqualTo("decide");
        assertThat(decided.position().data()).containsEntry("ot-outcome", "approved");
    }

    @Test
    void aSubProcessStepThatDoesNotWaitStartsItsChildrenAndMovesOn() {
        var advance = interpreter.start(process(false), Map.of(), "clerk", MONDAY);

        assertThat(advance.position().step()).isEqualTo("decide");
        assertThat(advance.effects()).anyMatch(e -> e instanceof Effect.ChildrenNeeded);
        assertThat(advance.effects()).contains(new Effect.StepCompleted("assessments", null, Map.of()));
    }

    @Test
    void childrensLateAnswersChangeTheCaseWithoutMovingIt() {
        var process = process(false);
        var atDecision = interpreter.start(process, Map.of(), "clerk", MONDAY);

        var received =
                interpreter.receive(process, atDecision.position(), Map.of("ot-outcome", "done"), "system", MONDAY);

        assertThat(received.position().step()).isEqualTo("decide");
        assertThat(received.position().token()).isEqualTo(atDecision.position().token());
        assertThat(received.position().data()).containsEntry("ot-outcome", "done");
    }

    @Test
    void movingToAStageEntersItsFirstStepWithANewToken() {
        var process = process(false);
        var atDecision = interpreter.start(process, Map.of(), "clerk", MONDAY);

        var moved = interpreter.moveToStage(
                process, atDecision.position(), "refer", "Referral was incomplete", "sam", MONDAY);

        assertThat(moved.effects().getFirst())
                .isEqualTo(new Effect.MovedToStage("decide", "refer", "Referral was incomplete", "sam"));
        assertThat(moved.effects())
                .anyMatch(e -> e instanceof Effect.StageEntered s && s.stage().equals("refer"));
        // The referral stage starts again at its change-access step, and the case runs on from there.
        assertThat(moved.effects()).anyMatch(e -> e instanceof Effect.AccessChanged);
        assertThat(moved.position().token()).isGreaterThan(atDecision.position().token());
    }

    @Test
    void movingWithinTheCurrentStageStartsItAgain() {
        var process = process(true);
        var waiting = interpreter.start(process, Map.of(), "clerk", MONDAY);

        var moved = interpreter.moveToStage(
                process, waiting.position(), "assess", "Start the assessments again", "sam", MONDAY);

        assertThat(moved.position().step()).isEqualTo("assessments");
        assertThat(moved.effects())
                .anyMatch(e -> e instanceof Effect.StageEntered s && s.stage().equals("assess"));
        assertThat(moved.effects()).anyMatch(e -> e instanceof Effect.ChildrenNeeded);
    }
}
