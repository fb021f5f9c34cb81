package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import java.util.HashSet;

/**
 * Checks what an approval and a checklist need of their own: one way of choosing approvers and both routes out, and
 * items with keys of their own. Whether the approvers and teams exist is for the module that keeps staff to say,
 * through an {@link ActionCheck}.
 */
final class HumanStepRules {

    private final DefinitionKeys definition;
    private final AllocationRules allocations;

    HumanStepRules(DefinitionKeys definition, AllocationRules allocations) {
        this.definition = definition;
        this.allocations = allocations;
    }

    void check(Step.Approval approval, DocumentPath path, Problems problems) {
        var name = "Approval '" + approval.key() + "'";
        var ways = (approval.approver() == null ? 0 : 1)
                + (approval.team() == null ? 0 : 1)
                + (approval.approvers().isEmpty() ? 0 : 1);
        if (ways != 1) {
            problems.add(
                    path,
                    name + " must name exactly one of: an officer ('approver'), a team any one of whom may decide"
                            + " ('team') or officers who must all approve ('approvers')");
        }
        if (approval.approver() != null && isBlank(approval.approver()))
            problems.add(path.property("approver"), name + " names a blank approver: name the officer");
        if (approval.team() != null && isBlank(approval.team()))
            problems.add(path.property("team"), name + " names a blank team: name the team");
        var seen = new HashSet<String>();
        for (int i = 0; i < approval.approvers().size(); i++) {
            var approver = approval.approvers().get(i);
            var at = path.property("approvers").index(i);
            if (isBlank(approver)) problems.add(at, name + " lists a blank approver: name the officer");
            else if (!seen.add(approver)) problems.add(at, name + " lists '" + approver + "' twice");
        }
        if (approval.targetWorkingDays() != null && approval.targetWorkingDays() < 0) {
            problems.add(
                    path.property("targetWorkingDays"), name + " has a negative target: use 0 or more working days");
        }
        route(approval.approved(), path.property("approved"), name, "approved", problems);
        route(approval.rejected(), path.property("rejected"), name, "rejected", problems);
    }

    void check(Step.Checklist checklist, DocumentPath path, Problems problems) {
        var name = "Checklist '" + checklist.key() + "'";
        allocations.check(checklist.key(), checklist.allocation(), path, problems);
        var items = path.property("items");
        if (checklist.items().isEmpty()) problems.add(items, name + " has no items: add at least one thing to tick");
        var seen = new HashSet<String>();
        for (int i = 0; i < checklist.items().size(); i++) {
            var item = checklist.items().get(i);
            var at = items.index(i);
            if (isBlank(item.key())) {
                problems.add(at.property("key"), "Item " + (i + 1) + " of " + name.toLowerCase() + " has no key");
            } else if (!seen.add(item.key())) {
                problems.add(at.property("key"), name + " has two items with key '" + item.key() + "'");
            }
            if (isBlank(item.label())) {
                problems.add(
                        at.property("label"),
                        "Item " + (i + 1) + " of " + name.toLowerCase() + " has no label: say what the officer ticks");
            }
        }
    }

    private void route(String next, DocumentPath at, String name, String outcome, Problems problems) {
        if (isBlank(next)) {
            problems.add(at, name + " does not say where the case goes when " + outcome + ": set '" + outcome + "'");
        } else if (definition.step(next).isEmpty()) {
            problems.add(at, name + " goes to '" + next + "' when " + outcome + ", which does not exist");
        }
    }
}
