package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an approval and a checklist step need before their process can be published. */
class HumanStepRulesTests {

    private final DefinitionValidator validator = new DefinitionValidator(feel -> Optional.empty());

    private List<ValidationProblem> problems(String steps) {
        var document = """
                {"key": "grant", "name": "Grant", "start": "approve",
                 "steps": [%s, {"kind": "end", "key": "done", "outcome": "done"}]}
                """.formatted(steps);
        return validator.validate(new ProcessDocuments().read(document, DocumentFormat.JSON));
    }

    @Test
    void anApprovalByOneOfficerWithBothRoutesCanBePublished() {
        assertThat(problems("""
                        {"kind": "approval", "key": "approve", "approver": "sam", "approved": "done",
                         "rejected": "done"}""")).isEmpty();
    }

    @Test
    void anApprovalNamesExactlyOneWayOfChoosingItsApprovers() {
        assertThat(problems("""
                        {"kind": "approval", "key": "approve", "approver": "sam", "team": "leads",
                         "approved": "done", "rejected": "done"}"""))
                .extracting(ValidationProblem::message)
                .containsExactly("Approval 'approve' must name exactly one of: an officer ('approver'), a team any one"
                        + " of whom may decide ('team') or officers who must all approve ('approvers')");
        assertThat(problems("""
                        {"kind": "approval", "key": "approve", "approved": "done", "rejected": "done"}""")).hasSize(1);
    }

    @Test
    void anApprovalListsEachApproverOnce() {
        assertThat(problems("""
                        {"kind": "approval", "key": "approve", "approvers": ["sam", "wendy", "sam"],
                         "approved": "done", "rejected": "done"}"""))
                .containsExactly(
                        new ValidationProblem("$.steps[0].approvers[2]", "Approval 'approve' lists 'sam' twice"));
    }

    @Test
    void bothOfAnApprovalsRoutesMustLeadToStepsThatExist() {
        assertThat(problems("""
                        {"kind": "approval", "key": "approve", "team": "leads", "approved": "award"}"""))
                .contains(
                        new ValidationProblem(
                                "$.steps[0].approved",
                                "Approval 'approve' goes to 'award' when approved, which does not exist"),
                        new ValidationProblem(
                                "$.steps[0].rejected",
                                "Approval 'approve' does not say where the case goes when rejected: set 'rejected'"));
    }

    @Test
    void aChecklistNeedsItemsWithKeysOfTheirOwnAndAQueue() {
        assertThat(problems("""
                        {"kind": "checklist", "key": "approve", "items": [
                           {"key": "id-seen", "label": "Proof of identity seen", "evidence": "required"},
                           {"key": "id-seen", "label": "Identity again"},
                           {"key": "address", "evidence": "optional"}],
                         "next": "done"}"""))
                .containsExactly(
                        new ValidationProblem(
                                "$.steps[0].allocation", "Step 'approve' has no team: add an allocation rule"),
                        new ValidationProblem(
                                "$.steps[0].items[1].key", "Checklist 'approve' has two items with key 'id-seen'"),
                        new ValidationProblem(
                                "$.steps[0].items[2].label",
                                "Item 3 of checklist 'approve' has no label: say what the officer ticks"));
    }

    @Test
    void aChecklistWithoutItemsHasNothingToTick() {
        assertThat(problems("""
                        {"kind": "checklist", "key": "approve", "allocation": {"team": "badges"}, "next": "done"}""")).extracting(ValidationProblem::path).containsExactly("$.steps[0].items");
    }
}
