package org.casework.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.Condition;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.StageDefinition;
import org.casework.definition.Step;
import org.casework.engine.ProcessStuck;
import org.casework.engine.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The engine's transitions, without a database: each test is a sentence about how a case moves. */
class InterpreterTests {

    /** Thursday 2 April 2026, the day before Good Friday. */
    static final Instant BEFORE_EASTER = Instant.parse("2026-04-02T10:00:00Z");

    final Interpreter interpreter = new Interpreter(new ConditionEvaluator(), WorkingCalendar.englandAndWales());
    final ProcessDefinition reportAProblem = load("report-a-problem.json");

    @Test
    void aNewPotholeReportRunsThroughRoutingToTheTriageTaskInOneGo() {
        var advance = interpreter.start(reportAProblem, Map.of("category", "pothole"), "hal", BEFORE_EASTER);

        assertThat(advance.position().step()).isEqualTo("triage");
        assertThat(advance.position().data()).containsEntry("route", "highways");
        assertThat(advance.position().stage()).isEqualTo("assessing");
        assertThat(advance.effects())
                .filteredOn(e -> e instanceof Effect.TaskNeeded)
                .singleElement()
                .satisfies(e -> assertThat(((Effect.TaskNeeded) e).step().key()).isEqualTo("triage"));
        assertThat(advance.effects())
                .filteredOn(e -> e instanceof Effect.StepCompleted)
                .hasSize(2);
    }

    @Test
    void stageTargetsSkipTheEasterBankHolidays() {
        var advance = interpreter.start(reportAProblem, Map.of("category", "other"), "hal", BEFORE_EASTER);

        // Received Thursday 2 April; Good Friday 3 and Easter Monday 6 April are bank holidays.
        var assessing = (Effect.StageEntered) advance.effects().stream()
                .filter(e -> e instanceof Effect.StageEntered s && s.stage().equals("assessing"))
                .findFirst()
                .orElseThrow();
        var days = reportAProblem.stage("assessing").orElseThrow().targetWorkingDays();
        assertThat(assessing.targetDate())
                .isEqualTo(WorkingCalendar.englandAndWales().addWorkingDays(LocalDate.of(2026, 4, 2), days));
        assertThat(assessing.targetDate()).isAfter(LocalDate.of(2026, 4, 2).plusDays(days));
    }

    @Test
    void completingTheLastTaskClosesTheCaseWithItsOutcome() {
        var atTriage = interpreter.start(reportAProblem, Map.of("category", "pothole"), "hal", BEFORE_EASTER);
        var atReview = interpreter.complete(
                reportAProblem, atTriage.position(), Map.of("decision", "accept"), "hal", BEFORE_EASTER);
        var closed = interpreter.complete(reportAProblem, atReview.position(), Map.of(), "sue", BEFORE_EASTER);

        assertThat(atReview.position().step()).isEqualTo("review");
        assertThat(atReview.position().data()).containsEntry("decision", "accept");
        assertThat(closed.position().closed()).isTrue();
        assertThat(closed.effects()).contains(new Effect.CaseClosed("closed", "resolved"));
    }

    @Test
    void eachVisitToAStepHasItsOwnToken() {
        var atTriage = interpreter.start(reportAProblem, Map.of("category", "pothole"), "hal", BEFORE_EASTER);
        var atReview = interpreter.complete(
                reportAProblem, atTriage.position(), Map.of("decision", "accept"), "hal", BEFORE_EASTER);

        assertThat(atReview.position().token())
                .isGreaterThan(atTriage.position().token());
    }

    @Test
    void aTimerWaitsForItsDurationThenMovesOn() {
        var process = process(
                List.of(
                        new Step.Timer("cool-off", null, null, Duration.ofHours(2), null, null, "done"),
                        new Step.End("done", null, null, "finished")),
                List.of());

        var waiting = interpreter.start(process, Map.of(), "hal", BEFORE_EASTER);
        var finished = interpreter.complete(process, waiting.position(), Map.of(), "system", BEFORE_EASTER);

        assertThat(waiting.effects())
                .contains(new Effect.TimerNeeded(
                        (Step.Timer) process.step("cool-off").orElseThrow(),
                        1,
                        BEFORE_EASTER.plus(Duration.ofHours(2))));
        assertThat(finished.position().closed()).isTrue();
    }

    private final Step.InformationRequest askForPhotos = new Step.InformationRequest(
            "ask-for-photos",
            "Ask for photos",
            null,
            "Please send us a photo.",
            List.of("photo"),
            3,
            "answered",
            "chase");

    private final ProcessDefinition asking = process(
            List.of(
                    askForPhotos,
                    new Step.End("answered", null, null, "resolved"),
                    new Step.End("chase", null, null, "no-reply")),
            List.of(
                    new Action.SetFields(
                            Action.Event.INFORMATION_REQUEST_SENT, "ask-for-photos", null, Map.of("asked", "yes")),
                    new Action.SetFields(
                            Action.Event.INFORMATION_REQUEST_OVERDUE, null, null, Map.of("chased", "yes"))));

    @Test
    void anInformationRequestWaitsForTheCitizenUntilAReplyByDateInWorkingDays() {
        var waiting = interpreter.start(asking, Map.of(), "hal", BEFORE_EASTER);

        assertThat(waiting.position().step()).isEqualTo("ask-for-photos");
        // Asked on Thursday 2 April; Good Friday and Easter Monday do not count.
        assertThat(waiting.effects())
                .contains(new Effect.InformationRequested(askForPhotos, 1, LocalDate.of(2026, 4, 9)));
        assertThat(waiting.position().data()).containsEntry("asked", "yes");
    }

    @Test
    void aReplyMovesTheCaseOnToTheNextStep() {
        var waiting = interpreter.start(asking, Map.of(), "hal", BEFORE_EASTER);
        var answered = interpreter.complete(asking, waiting.position(), Map.of(), "citizen", BEFORE_EASTER);

        assertThat(answered.effects()).contains(new Effect.CaseClosed("answered", "resolved"));
        assertThat(answered.position().data()).doesNotContainKey("chased");
    }

    @Test
    void anOverdueReplyRunsTheOverdueActionsAndTakesTheOverdueRoute() {
        var waiting = interpreter.start(asking, Map.of(), "hal", BEFORE_EASTER);
        var overdue = interpreter.overdue(asking, waiting.position(), BEFORE_EASTER);

        assertThat(overdue.effects().getFirst()).isEqualTo(new Effect.InformationRequestOverdue("ask-for-photos"));
        assertThat(overdue.effects()).contains(new Effect.CaseClosed("chase", "no-reply"));
        assertThat(overdue.position().data()).containsEntry("chased", "yes");
    }

    @Test
    void anOverdueReplyWithNoOverdueRouteLeavesTheCaseWaiting() {
        var patient = process(
                List.of(
                        new Step.InformationRequest("ask", null, null, "Please reply.", List.of(), 3, "answered", null),
                        new Step.End("answered", null, null, "resolved")),
                List.of(new Action.SetFields(
                        Action.Event.INFORMATION_REQUEST_OVERDUE, "ask", null, Map.of("chased", "yes"))));
        var waiting = interpreter.start(patient, Map.of(), "hal", BEFORE_EASTER);

        var overdue = interpreter.overdue(patient, waiting.position(), BEFORE_EASTER);

        assertThat(overdue.position().step()).isEqualTo("ask");
        assertThat(overdue.position().token()).isEqualTo(waiting.position().token());
        assertThat(overdue.position().data()).containsEntry("chased", "yes");
        assertThat(overdue.effects()).noneMatch(e -> e instanceof Effect.StepCompleted);
    }

    @Test
    void aLoopWithoutAWaitStateIsStoppedWithAClearMessage() {
        var process = process(
                List.of(
                        new Step.Automatic("ping", null, null, Map.of(), "pong"),
                        new Step.Automatic("pong", null, null, Map.of(), "ping")),
                List.of());

        assertThatThrownBy(() -> interpreter.start(process, Map.of(), "hal", BEFORE_EASTER))
                .isInstanceOf(ProcessStuck.class)
                .hasMessageContaining("without reaching a wait state");
    }

    @Test
    void anActionSetsAFieldWhenItsConditionHolds() {
        var urgent = new Condition.Compare("priority", Condition.Operator.GREATER_THAN, 2);
        var process = process(
                List.of(new Step.End("done", null, null, "finished")),
                List.of(new Action.SetFields(Action.Event.CASE_STARTED, null, urgent, Map.of("flag", "urgent"))));

        var urgentCase = interpreter.start(process, Map.of("priority", 3), "hal", BEFORE_EASTER);
        var ordinaryCase = interpreter.start(process, Map.of("priority", 1), "hal", BEFORE_EASTER);

        assertThat(urgentCase.position().data()).containsEntry("flag", "urgent");
        assertThat(ordinaryCase.position().data()).doesNotContainKey("flag");
    }

    @Test
    void eachEventOfAMoveAnnouncesItsActionsOnceWithTheOccurrenceItConcerns() {
        var notify = (java.util.function.BiFunction<Action.Event, String, Action>) (event, target) ->
                new Action.Notify(event, target, null, "t", Action.Recipient.CITIZEN, null, null, null);
        var process = process(
                List.of(
                        new Step.Automatic("sort", "Sort", "only", Map.of(), "check"),
                        new Step.Task("check", "Check", "only", null, null, null, null, null, "done"),
                        new Step.End("done", null, null, "finished")),
                List.of(
                        notify.apply(Action.Event.CASE_STARTED, null),
                        notify.apply(Action.Event.STAGE_ENTERED, "only"),
                        notify.apply(Action.Event.STEP_COMPLETED, "sort"),
                        notify.apply(Action.Event.STEP_ENTERED, "check"),
                        notify.apply(Action.Event.STEP_ENTERED, "sort"),
                        notify.apply(Action.Event.STEP_COMPLETED, "check"),
                        notify.apply(Action.Event.CASE_CLOSED, null),
                        new Action.Webhook(
                                Action.Event.CASE_CLOSED,
                                null,
                                new Condition.Compare("flag", Condition.Operator.EQUALS, "never"),
                                "crm")));

        var started = interpreter.start(process, Map.of(), "hal", BEFORE_EASTER);
        var closed = interpreter.complete(process, started.position(), Map.of(), "sue", BEFORE_EASTER);

        assertThat(occurrences(started))
                .containsExactly(
                        "case-started@0",
                        "stage-entered:only@1",
                        "step-entered:sort@1",
                        "step-completed:sort@1",
                        "step-entered:check@2");
        assertThat(occurrences(closed))
                .as("the guarded webhook's condition does not hold")
                .containsExactly("step-completed:check@2", "case-closed:done@3");
    }

    private static List<String> occurrences(Advance advance) {
        return advance.effects().stream()
                .filter(e -> e instanceof Effect.ActionDue)
                .map(e -> ((Effect.ActionDue) e).occurrence())
                .toList();
    }

    private static ProcessDefinition process(List<Step> steps, List<Action> actions) {
        return new ProcessDefinition(
                "test",
                "Test",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new StageDefinition("only", "Only", null, 1)),
                steps.getFirst().key(),
                steps,
                actions,
                null,
                null,
                null);
    }

    private static ProcessDefinition load(String file) {
        try (var in = InterpreterTests.class.getResourceAsStream("/demo/processes/" + file)) {
            return new ProcessDocuments()
                    .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
