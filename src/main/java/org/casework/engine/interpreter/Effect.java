package org.casework.engine.interpreter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.Step;

/**
 * What the interpreter decided, in order. The engine writes each effect to the database (timeline rows, tasks,
 * timers) in the same transaction; the interpreter itself touches nothing.
 */
public sealed interface Effect {

    record StageEntered(String stage, LocalDate targetDate) implements Effect {}

    record StepEntered(String step, int token) implements Effect {}

    /** An automatic or branch step finished; {@code detail} says why it went where it did. */
    record StepCompleted(String step, String actor, Map<String, Object> detail) implements Effect {}

    record FieldsSet(String by, Map<String, Object> values) implements Effect {}

    /** The case waits at a step people work on (a task, an approval, a checklist) until they have done it. */
    record TaskNeeded(Step.Human step, int token, LocalDate dueOn) implements Effect {}

    /**
     * An officer returned the case from the step it waited at to an earlier one, for {@code reason}; {@code officer}
     * names who the returned work is meant for, when it goes back to a person rather than to the step's queue.
     */
    record SentBack(String from, String to, String reason, String officer) implements Effect {}

    /** The case waits at a timer step until {@code dueAt}. */
    record TimerNeeded(Step.Timer step, int token, Instant dueAt) implements Effect {}

    /** The case waits at an information-request step until the citizen replies, or {@code replyBy} passes. */
    record InformationRequested(Step.InformationRequest step, int token, LocalDate replyBy) implements Effect {}

    /** The citizen did not reply to the request at this step in time. */
    record InformationRequestOverdue(String step) implements Effect {}

    /** The case waits at an API step while a job calls the other system, after this move commits. */
    record ApiCallNeeded(Step.Api step, int token) implements Effect {}

    record CaseClosed(String step, String outcome) implements Effect {}

    /**
     * An action other than setting fields is due: a notification, a webhook, a reassignment, a process to start.
     * {@code occurrence} names this happening of the event on this case (such as {@code step-entered:triage@3}), so
     * two actions asking for the same message, or a retried command, can be recognised as one.
     */
    record ActionDue(Action action, Action.Event event, String target, String occurrence) implements Effect {}

    /**
     * A sub-process step was entered: its processes are to be started as children of the case at this visit ({@code
     * token}). If the step waits, the case stays until they have all ended.
     */
    record ChildrenNeeded(Step.SubProcess step, int token) implements Effect {}

    /** From now on only these teams and roles (and administrators) may see and work the case. */
    record AccessChanged(Step.ChangeAccess step) implements Effect {}

    /** An officer moved the case out of {@code fromStep} to {@code stage}, for {@code reason}. */
    record MovedToStage(String fromStep, String stage, String reason, String actor) implements Effect {}
}
