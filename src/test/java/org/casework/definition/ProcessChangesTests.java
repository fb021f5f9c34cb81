package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.definition.DefinitionFixture.reportAProblem;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comparing two documents of a process says, in the words of the domain, what an administrator changed: steps, routes
 * and their conditions, who work goes to, service levels and stage targets, fields and actions.
 */
class ProcessChangesTests {

    private static final ProcessDefinition BEFORE = reportAProblem().build();

    private static ProcessChanges changedTo(ProcessDefinition after) {
        return ProcessChanges.between("version 1", BEFORE, "version 2", after);
    }

    private static ProcessChanges.Change only(ProcessChanges changes, ProcessChanges.Area area, String subject) {
        return changes.in(area).stream()
                .filter(c -> c.subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No change to " + subject + " in " + changes));
    }

    @Test
    void theSameDocumentHasNoChanges() {
        assertThat(changedTo(reportAProblem().build()).isEmpty()).isTrue();
    }

    @Test
    void aStepAddedAndOneRemovedAreNamedWithTheirKind() {
        var after = reportAProblem()
                .step(
                        "review",
                        (Step.Task review) -> new Step.Task(
                                "review",
                                review.name(),
                                review.stage(),
                                review.allocation(),
                                List.of(),
                                List.of(),
                                null,
                                null,
                                "check"))
                .step(new Step.Timer("check", "Wait for the repair", null, null, 5, null, "closed"))
                .withoutStep("assess-environment")
                .step(
                        "route",
                        (Step.Branch route) -> new Step.Branch(
                                route.key(), route.name(), route.stage(), route.routes(), "assess-highways"))
                .build();

        var changes = changedTo(after);

        var added = only(changes, ProcessChanges.Area.STEP, "check");
        assertThat(added.kind()).isEqualTo(ProcessChanges.Kind.ADDED);
        assertThat(added.details()).containsExactly("A timer step 'Wait for the repair', goes next to closed");
        var removed = only(changes, ProcessChanges.Area.STEP, "assess-environment");
        assertThat(removed.kind()).isEqualTo(ProcessChanges.Kind.REMOVED);
        assertThat(removed.details().getFirst()).startsWith("A automatic step 'Send to environment'");
        assertThat(only(changes, ProcessChanges.Area.STEP, "review").details())
                .containsExactly("Goes next to changed from 'closed' to 'check'");
        assertThat(only(changes, ProcessChanges.Area.STEP, "route").details())
                .containsExactly("Otherwise goes to changed from 'assess-environment' to 'assess-highways'");
    }

    @Test
    void aBranchConditionAndATasksTeamAndTargetAreShownInWords() {
        var after = reportAProblem()
                .step(
                        "route",
                        (Step.Branch route) -> new Step.Branch(
                                route.key(),
                                route.name(),
                                route.stage(),
                                List.of(new Step.Route(
                                        new Condition.Compare(
                                                "category", Condition.Operator.ONE_OF, List.of("pothole", "other")),
                                        "assess-highways")),
                                route.otherwise()))
                .step(
                        "review",
                        (Step.Task review) -> new Step.Task(
                                review.key(),
                                review.name(),
                                review.stage(),
                                new Allocation.ToTeam("highways"),
                                review.fields(),
                                review.mandatory(),
                                review.decision(),
                                3,
                                review.next()))
                .build();

        var changes = changedTo(after);

        assertThat(only(changes, ProcessChanges.Area.STEP, "route").details())
                .containsExactly("Routes changed from if category is \"pothole\" then assess-highways"
                        + " to if category is one of \"pothole\", \"other\" then assess-highways");
        assertThat(only(changes, ProcessChanges.Area.STEP, "review").details())
                .containsExactly(
                        "Allocation changed from team supervisors to team highways",
                        "Target (working days) changed from nothing to 3");
    }

    @Test
    void serviceLevelsAndStageTargetsChangedAreListed() {
        var after = reportAProblem()
                .sla(new Sla(15, true))
                .stage("assessing", s -> new StageDefinition(s.key(), s.name(), s.description(), 8))
                .build();

        var changes = changedTo(after);

        assertThat(only(changes, ProcessChanges.Area.SERVICE_LEVEL, "Service level")
                        .details())
                .containsExactly(
                        "Target (working days) changed from 10 to 15",
                        "Pauses while waiting on the citizen changed from false to true",
                        "Warning after (working days) changed from 8 to 12");
        assertThat(only(changes, ProcessChanges.Area.STAGE, "assessing").details())
                .containsExactly("Target (working days) changed from 5 to 8");
    }

    @Test
    void fieldsAddedAndOptionsChangedAreListed() {
        var after = reportAProblem()
                .field(new FieldDefinition("photo", "A photo", FieldType.DOCUMENT, false, List.of(), null))
                .field(
                        "category",
                        f -> new FieldDefinition(
                                f.key(),
                                f.label(),
                                f.type(),
                                f.mandatory(),
                                List.of("pothole", "flytipping", "graffiti"),
                                f.hint()))
                .build();

        var changes = changedTo(after);

        assertThat(only(changes, ProcessChanges.Area.FIELD, "photo").kind()).isEqualTo(ProcessChanges.Kind.ADDED);
        assertThat(only(changes, ProcessChanges.Area.FIELD, "category").details())
                .contains("Option 'other' removed", "Option 'graffiti' added");
    }

    @Test
    void anActionAddedAndAnotherChangedInPlace() {
        var notify = new Action.Notify(
                Action.Event.CASE_STARTED, null, null, "received", Action.Recipient.CITIZEN, null, null, null);
        var before = reportAProblem().action(notify).build();
        var after = reportAProblem()
                .action(new Action.Notify(
                        Action.Event.CASE_STARTED,
                        null,
                        null,
                        "received-v2",
                        Action.Recipient.CITIZEN,
                        null,
                        null,
                        null))
                .action(new Action.Webhook(Action.Event.CASE_CLOSED, null, null, "crm"))
                .build();

        var changes = ProcessChanges.between("version 1", before, "version 2", after);

        var changed = only(changes, ProcessChanges.Area.ACTION, "Notify on case-started");
        assertThat(changed.kind()).isEqualTo(ProcessChanges.Kind.CHANGED);
        assertThat(changed.details())
                .containsExactly(
                        "Was: send template 'received' to the citizen",
                        "Now: send template 'received-v2' to the citizen");
        assertThat(only(changes, ProcessChanges.Area.ACTION, "Webhook on case-closed")
                        .kind())
                .isEqualTo(ProcessChanges.Kind.ADDED);
    }
}
