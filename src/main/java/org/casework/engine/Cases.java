package org.casework.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.Action;
import org.casework.engine.cases.AbandonReasons;
import org.casework.engine.cases.CaseAbandonment;
import org.casework.engine.cases.CaseEngine;
import org.casework.engine.cases.CaseLinks;
import org.casework.engine.cases.CaseRows;
import org.casework.engine.cases.CaseViews;
import org.casework.engine.cases.IdempotentStart;
import org.casework.engine.cases.SlaPauses;
import org.casework.engine.cases.StepHistory;
import org.casework.engine.cases.TimelineRows;
import org.springframework.stereotype.Service;

/** The engine's front door: start, read, move on and abandon cases. */
@Service
public class Cases {

    private final IdempotentStart starts;
    private final CaseEngine engine;
    private final CaseAbandonment abandonment;
    private final CaseRows rows;
    private final CaseViews views;
    private final TimelineRows timeline;
    private final AbandonReasons abandonReasons;
    private final StepHistory stepHistory;
    private final SlaPauses slaPauses;
    private final CaseLinks links;

    Cases(
            IdempotentStart starts,
            CaseEngine engine,
            CaseAbandonment abandonment,
            CaseRows rows,
            CaseViews views,
            TimelineRows timeline,
            AbandonReasons abandonReasons,
            StepHistory stepHistory,
            SlaPauses slaPauses,
            CaseLinks links) {
        this.starts = starts;
        this.engine = engine;
        this.abandonment = abandonment;
        this.rows = rows;
        this.views = views;
        this.timeline = timeline;
        this.abandonReasons = abandonReasons;
        this.stepHistory = stepHistory;
        this.slaPauses = slaPauses;
        this.links = links;
    }

    /**
     * Runs the case's actions for an event another module saw happen to it: a task assigned, a reply to an
     * information request, a reminder due. {@code occurrence} names this happening of the event (for example {@code
     * task-assigned:triage@3:team:highways}), so that a repeat asks for the same notifications and is recognised.
     * Returns false, doing nothing, when the case has ended.
     */
    public boolean react(CaseId id, Action.Event event, String target, String occurrence, String actor) {
        return engine.react(id, event, target, occurrence, actor);
    }

    /** Starts a case and runs it to its first wait state; with an idempotency key, a retry returns the same case. */
    public CaseView start(StartCase command) {
        return views.of(starts.start(command));
    }

    public CaseView get(CaseId id) {
        return views.of(rows.find(id).orElseThrow(() -> new CaseNotFound(id.toString())));
    }

    /** The cases with these ids, by id; ids of cases that do not exist are left out. */
    public Map<CaseId, CaseView> getAll(java.util.Collection<CaseId> ids) {
        var found = new java.util.HashMap<CaseId, CaseView>();
        for (var row : rows.findAll(ids)) {
            var view = views.of(row);
            found.put(view.id(), view);
        }
        return found;
    }

    public CaseView byReference(String reference) {
        return views.of(
                rows.findByReference(reference).orElseThrow(() -> new CaseNotFound("with reference " + reference)));
    }

    public List<TimelineEntry> timeline(CaseId id) {
        rows.find(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        return timeline.of(id);
    }

    /** The steps the case has been through, in order, from its timeline; the last is open while the case waits. */
    public List<StepVisit> steps(CaseId id) {
        return stepHistory.of(rows.find(id).orElseThrow(() -> new CaseNotFound(id.toString())));
    }

    /** The cases matching the query, a page at a time; see {@link CaseQuery} for the order and the paging. */
    public List<CaseView> list(CaseQuery query) {
        var field = query.field();
        var viewer = query.visibleTo();
        var filter = new CaseRows.Filter(
                query.status() == null ? null : query.status().value(),
                query.process(),
                query.stage(),
                query.postcode(),
                query.surnamePrefix(),
                query.createdFrom(),
                query.createdTo(),
                query.reference() == null ? null : query.reference().strip().toUpperCase(java.util.Locale.ROOT),
                query.dueFrom(),
                query.dueTo(),
                field == null ? null : field.key(),
                field == null ? null : CaseRows.searchable(field.value()),
                query.among() == null ? null : ids(query.among()),
                viewer == null
                        ? null
                        : new CaseRows.Viewer(viewer.username(), viewer.teams(), ids(viewer.cases()), viewer.roles()),
                query.afterSurname(),
                query.afterCreatedAt(),
                query.afterId(),
                query.limit());
        return rows.list(filter).stream().map(views::of).toList();
    }

    private static List<java.util.UUID> ids(java.util.Collection<CaseId> ids) {
        return ids.stream().map(CaseId::value).toList();
    }

    /**
     * Completes the step the case waits at ({@code token} names the visit, so a stale task cannot move a case that
     * has moved on). Called by the work module when a task is completed, and by whoever takes the citizen's reply to
     * an information request (with the reply's fields, or none), inside their transaction.
     */
    public CaseView completeStep(CaseId id, String step, int token, Map<String, Object> data, String actor) {
        return views.of(engine.completeStep(id, step, token, data, actor));
    }

    /**
     * Approves or rejects the approval step the case waits at ({@code token} names the visit); the case moves on to
     * the step's {@code approved} or {@code rejected} step. Called by the work module inside its transaction.
     */
    public CaseView decide(CaseId id, String step, int token, boolean approved, String actor) {
        return views.of(engine.decide(id, step, token, approved, actor));
    }

    /**
     * The step people last worked on before the one the case waits at, where {@link #sendBack} would return it;
     * empty when there is none.
     */
    public Optional<String> sendBackTarget(CaseId id) {
        return engine.returnPoint(id).map(StepHistory.ReturnPoint::step);
    }

    /**
     * Returns the case from the step it waits at ({@code token} names the visit) to the step people last worked on
     * before it, for {@code reason}: a new visit of that step, whose work is needed again. The case's due date and
     * its stage's target stay as they were. {@code officer} names who the work is meant for, when the caller gives it
     * to a person. Refused with {@link CannotSendBack} when there is no earlier step.
     */
    public CaseView sendBack(CaseId id, String step, int token, String reason, String officer, String actor) {
        return views.of(engine.sendBack(id, step, token, reason, officer, actor));
    }

    /**
     * The citizen did not reply by the reply-by date to the request the case waits at ({@code token} names the
     * visit). If the case still waits there, the timeline records it, the definition's overdue actions run and the
     * case moves to the step's {@code overdue} step if it names one; returns false, changing nothing, when the case
     * has moved on or ended.
     */
    public boolean informationRequestOverdue(CaseId id, String step, int token) {
        return engine.informationRequestOverdue(id, step, token);
    }

    /**
     * Stops the case's SLA clock while it waits on the citizen, if its process says so. Returns false, changing
     * nothing, when the clock is already stopped, the case has ended or the process does not pause.
     */
    public boolean pauseSla(CaseId id, String reason, String actor) {
        return slaPauses.pause(id, reason, actor);
    }

    /**
     * Starts the case's SLA clock again, moving its due date, current stage's target and estimated completion out by
     * the working days it stood still. Returns false, changing nothing, when the clock was running.
     */
    public boolean resumeSla(CaseId id, String actor) {
        return slaPauses.resume(id, actor);
    }

    /**
     * Locks the case until the caller's transaction ends. Commands that touch a case and its tasks take the case's
     * lock first, as the engine's own commands do, so two of them can never wait on each other.
     */
    public void lock(CaseId id) {
        rows.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
    }

    /**
     * The process version of a case, taking its lock; once the caller's transaction holds the lock this reads nothing
     * more, which matters for checks made on every task completed.
     */
    public org.casework.definition.ProcessVersionId lockedVersion(CaseId id) {
        return rows.lock(id).orElseThrow(() -> new CaseNotFound(id.toString())).processVersion();
    }

    public CaseView abandon(CaseId id, String reason, String note, String actor) {
        return views.of(abandonment.abandon(id, reason, note, actor));
    }

    public List<AbandonReason> abandonReasons() {
        return abandonReasons.active();
    }

    /**
     * Lets a team see the case from now on. The work module calls it when it gives the case's work to a team, in the
     * same transaction, so a team never holds a task on a case it cannot open.
     */
    public void shareWith(CaseId id, String team) {
        rows.shareWith(id, team);
    }

    /**
     * Moves a case of a flexible process to the stage's first step, leaving the step it waits at (its task is
     * cancelled); {@code reason} goes on the timeline. A restricted process refuses ({@link MoveRefused}).
     */
    public CaseView moveToStage(CaseId id, String stage, String reason, String actor) {
        return views.of(engine.moveToStage(id, stage, reason, actor));
    }

    /** The cases this case started (by sub-process steps and start-process actions), oldest first. */
    public List<ChildCase> children(CaseId id) {
        return links.children(id);
    }

    /** The case that started this one, if another case did. */
    public java.util.Optional<ChildCase> parentOf(CaseId id) {
        return links.parentOf(id);
    }

    /** Who may see the case since a change-access step; empty when no such step has narrowed it. */
    public java.util.Optional<CaseRestriction> restriction(CaseId id) {
        return links.restriction(id);
    }

    /** Whether a case can be seen by someone in these teams, or by the named person, who started it. */
    public boolean isVisibleTo(CaseView view, java.util.Collection<String> teams, String username) {
        return username.equals(view.createdBy()) || rows.sharedWithAny(view.id(), teams);
    }

    /** Adds an entry to the case's timeline for something another module did (a task claimed, reassigned). */
    public void record(CaseId id, String type, String actor, String step, Map<String, Object> detail) {
        engine.record(id, type, actor, step, detail);
    }
}
