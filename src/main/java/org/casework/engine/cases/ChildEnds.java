package org.casework.engine.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.CaseId;
import org.casework.engine.CaseStatus;
import org.casework.engine.TimelineEntry;
import org.casework.engine.interpreter.Interpreter;
import org.springframework.stereotype.Component;

/**
 * The parent's side of its children's ends: recording a child's end, and taking the ends in on the parent (its
 * timeline, the answers handed back). Completing the step the parent waits at is a move, which it leaves to {@link
 * CaseEngine}: it only says when, and with what.
 */
@Component
class ChildEnds {

    private static final String SYSTEM = "system";

    private final ChildCaseRows children;
    private final ChildReturns returns;
    private final CaseRows cases;
    private final CaseFieldRows caseFields;
    private final EffectWriter effects;
    private final Interpreter interpreter;
    private final Clock clock;

    ChildEnds(
            ChildCaseRows children,
            ChildReturns returns,
            CaseRows cases,
            CaseFieldRows caseFields,
            EffectWriter effects,
            Interpreter interpreter,
            Clock clock) {
        this.children = children;
        this.returns = returns;
        this.cases = cases;
        this.caseFields = caseFields;
        this.effects = effects;
        this.interpreter = interpreter;
        this.clock = clock;
    }

    /** What a child hands back as its outcome: the end step's outcome, or {@code abandoned}. */
    static String outcomeOf(CaseRow child) {
        return child.status() == CaseStatus.ABANDONED ? "abandoned" : child.outcome();
    }

    /**
     * Records the end of the case (whose lock the caller holds), once, if another case started it; returns that
     * parent. Empty for a case nobody started, or whose end was recorded already.
     */
    Optional<CaseId> ended(CaseId childId) {
        var link = children.ofChild(childId).orElse(null);
        if (link == null || link.view().ended()) return Optional.empty();
        var child = cases.lock(childId).orElseThrow();
        var at = child.closedAt() == null ? clock.instant() : child.closedAt();
        if (!children.ended(childId, at, outcomeOf(child))) return Optional.empty();
        return Optional.of(link.view().parent());
    }

    /**
     * The parent after taking in, under its lock, the children that have ended and it has not yet heard of. {@code
     * completion} holds the values that complete its sub-process step when the last child it waits for at this visit
     * has ended, and is null otherwise.
     */
    record Settled(CaseRow parent, Map<String, Object> completion) {}

    /**
     * Takes the ended children in: a {@code child-ended} entry for each; the returns of those the parent does not
     * wait for at this visit written onto its data (if it is still active); and, when the last child it waits for at
     * its sub-process step has ended, all their returns and outcomes as the step's completion.
     */
    Settled settle(CaseRow parent, ProcessDefinition process) {
        var all = children.ofParent(parent.id());
        var news = all.stream().filter(l -> l.view().ended() && !l.reported()).toList();
        if (news.isEmpty()) return new Settled(parent, null);
        children.reported(news.stream().map(l -> l.view().child()).toList());
        var now = clock.instant();
        var entries = new ArrayList<TimelineRows.NewEvent>();
        for (var link : news) {
            var view = link.view();
            entries.add(EffectWriter.event(
                    parent,
                    now,
                    "child-ended",
                    SYSTEM,
                    view.step(),
                    TimelineEntry.details(
                            "process",
                            view.process(),
                            "reference",
                            view.childReference(),
                            "case",
                            view.child().toString(),
                            "outcome",
                            view.outcome())));
        }
        var visit = waitedAtThisVisit(parent, process, all);
        var elsewhere = news.stream().filter(l -> !visit.contains(l)).toList();
        var row = parent;
        var handBack = parent.status().isActive() ? returns.of(process, elsewhere) : Map.<String, Object>of();
        if (!handBack.isEmpty()) {
            var advance = interpreter.receive(process, row.position(), handBack, SYSTEM, now);
            var next = row.movedTo(advance.position(), row.status(), row.outcome(), row.closedAt());
            cases.update(next);
            caseFields.write(next.id(), process, row.data(), next.data());
            effects.write(next, process, advance.effects(), SYSTEM, now, entries, List.of());
            row = cases.current(next);
        } else {
            entries.forEach(effects::record);
        }
        if (visit.isEmpty() || !visit.stream().allMatch(l -> l.view().ended())) return new Settled(row, null);
        return new Settled(row, returns.of(process, visit));
    }

    /** The children the parent waits for at the sub-process step it is at now, in this visit; empty elsewhere. */
    private static List<ChildCaseRows.Link> waitedAtThisVisit(
            CaseRow parent, ProcessDefinition process, List<ChildCaseRows.Link> all) {
        if (!parent.status().isActive()) return List.of();
        if (!(process.step(parent.step()).orElse(null) instanceof Step.SubProcess step) || !step.waitsForChildren())
            return List.of();
        return all.stream()
                .filter(l -> l.view().waited()
                        && parent.step().equals(l.view().step())
                        && l.token() != null
                        && l.token() == parent.token())
                .toList();
    }
}
