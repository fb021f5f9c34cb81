package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.definition.DefinitionFixture.field;
import static org.casework.definition.DefinitionFixture.reportAProblem;
import static org.casework.definition.DefinitionFixture.withCondition;
import static org.casework.definition.DefinitionFixture.withFields;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.CaseDataValidation.FieldProblem;
import org.casework.definition.Condition.Compare;
import org.casework.definition.Condition.Operator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A {@code choices} field: several options picked from a list (checkboxes), checked at publishing like a choice, kept
 * as a list in the options' order, and tested with {@code contains}.
 */
class FieldsOfSeveralChoicesTests {

    private static final FieldDefinition SERVICES =
            field("services", FieldType.CHOICES, "garden", "bulky", "fridge", "tyres");

    @Nested
    class Publishing {

        private final DefinitionValidator validator = new DefinitionValidator(feel -> Optional.empty());

        private List<ValidationProblem> problems(DefinitionFixture fixture) {
            return validator.validate(fixture.build());
        }

        private DefinitionFixture branchingOn(Condition condition) {
            return reportAProblem().field(SERVICES).<Step.Branch>step("route", b -> withCondition(b, condition));
        }

        @Test
        void aChoicesFieldWithOptionsCanBePublished() {
            assertThat(problems(reportAProblem().field(SERVICES))).isEmpty();
        }

        @Test
        void aChoicesFieldNeedsOptions() {
            assertThat(problems(reportAProblem().field(field("services", FieldType.CHOICES))))
                    .containsExactly(new ValidationProblem(
                            "$.fields[6].options",
                            "Field 'services' is a choice but has no options: list the answers to choose from"));
        }

        @Test
        void aChoicesFieldListsEachOptionOnceAndNoneBlank() {
            assertThat(problems(reportAProblem().field(field("services", FieldType.CHOICES, "garden", " ", "garden"))))
                    .containsExactly(
                            new ValidationProblem("$.fields[6].options[1]", "Field 'services' has a blank option"),
                            new ValidationProblem(
                                    "$.fields[6].options[2]", "Field 'services' lists the option 'garden' twice"));
        }

        @Test
        void aChoicesFieldLabelsOnlyItsOwnOptions() {
            var labelled = new FieldDefinition(
                    "services",
                    "What needs collecting?",
                    FieldType.CHOICES,
                    false,
                    List.of("garden"),
                    null,
                    null,
                    Map.of("rubble", "Building rubble"));
            assertThat(problems(reportAProblem().field(labelled)))
                    .containsExactly(new ValidationProblem(
                            "$.fields[6].optionLabels.rubble",
                            "Field 'services' labels 'rubble', which is not one of its options"));
        }

        @Test
        void severalChoicesCannotBeKeptForSearching() {
            var searchable = new FieldDefinition(
                    "services", "services", FieldType.CHOICES, false, List.of("garden"), null, true);
            assertThat(problems(reportAProblem().field(searchable)))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.fields[6].searchable");
        }

        @Test
        void aTaskCannotRecordItsDecisionInAFieldOfSeveralChoices() {
            assertThat(problems(reportAProblem()
                            .field(SERVICES)
                            .<Step.Task>step(
                                    "triage",
                                    t -> withFields(t, List.of("decision", "services"), List.of(), "services"))))
                    .containsExactly(new ValidationProblem(
                            "$.steps[3].decision",
                            "Step 'triage' records its decision in field 'services', which holds several answers: a"
                                    + " decision is a single choice"));
        }

        @Test
        void aConditionAsksWhetherSeveralChoicesContainAnOption() {
            assertThat(problems(branchingOn(new Compare("services", Operator.CONTAINS, "fridge"))))
                    .isEmpty();
            assertThat(problems(branchingOn(new Compare("services", Operator.IS_EMPTY, null))))
                    .isEmpty();
            assertThat(problems(branchingOn(new Compare("services", Operator.IS_NOT_EMPTY, null))))
                    .isEmpty();
        }

        @Test
        void containsIsCheckedAgainstTheOptions() {
            assertThat(problems(branchingOn(new Compare("services", Operator.CONTAINS, "fridges"))))
                    .containsExactly(new ValidationProblem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' tests field 'services' for 'fridges', which is not one of its"
                                    + " options: garden, bulky, fridge, tyres"));
        }

        @Test
        void equalsOnSeveralChoicesIsRefusedSinceAListNeverEqualsOneOption() {
            for (var op : List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.GREATER_THAN)) {
                assertThat(problems(branchingOn(new Compare("services", op, "fridge"))))
                        .containsExactly(new ValidationProblem(
                                "$.steps[0].routes[0].when.op",
                                "Route 1 of branch 'route' tests field 'services', which holds several answers, with '"
                                        + ConditionRules.operatorName(op)
                                        + "': use 'contains' to test for one of them, or 'is-empty' or"
                                        + " 'is-not-empty'"));
            }
        }

        @Test
        void anAutomaticStepOrActionSetsSeveralChoicesOnlyToOptions() {
            var keys = new DefinitionKeys(reportAProblem().field(SERVICES).build());
            var problems = new Problems();
            new AssignmentRules(keys)
                    .check(
                            Map.of("services", List.of("garden", "rubble")),
                            DocumentPath.ROOT.property("set"),
                            "Step 'tidy'",
                            problems);
            assertThat(problems.list())
                    .extracting(ValidationProblem::message)
                    .containsExactly("Step 'tidy' sets field 'services' to '[garden, rubble]', but it cannot include"
                            + " rubble: choose from garden, bulky, fridge, tyres");
        }
    }

    @Nested
    class CaseData {

        private final CaseDataValidation validation = new CaseDataValidation();

        private List<FieldProblem> check(Object services) {
            return validation.check(List.of(SERVICES), Map.of("services", services), List.of());
        }

        private Object normalised(Object services) {
            return validation
                    .normalise(List.of(SERVICES), Map.of("services", services))
                    .get("services");
        }

        @Test
        void aListOfOptionsIsAccepted() {
            assertThat(check(List.of("garden", "fridge"))).isEmpty();
            assertThat(normalised(List.of("garden", "fridge"))).isEqualTo(List.of("garden", "fridge"));
        }

        @Test
        void oneOptionOnItsOwnIsAListOfOne() {
            assertThat(check("bulky")).isEmpty();
            assertThat(normalised("bulky")).isEqualTo(List.of("bulky"));
        }

        @Test
        void theChosenOptionsAreKeptInTheProcesssOrderEachOnce() {
            assertThat(normalised(List.of("tyres", "garden", "tyres", "bulky")))
                    .isEqualTo(List.of("garden", "bulky", "tyres"));
        }

        @Test
        void anOptionTheFieldDoesNotOfferIsRefusedByName() {
            assertThat(check(List.of("garden", "rubble", "piano")))
                    .containsExactly(new FieldProblem(
                            "services", "cannot include rubble, piano: choose from garden, bulky, fridge, tyres"));
            assertThat(check("rubble"))
                    .containsExactly(new FieldProblem(
                            "services", "cannot include rubble: choose from garden, bulky, fridge, tyres"));
        }

        @Test
        void somethingOtherThanOptionsIsRefused() {
            assertThat(check(List.of("garden", 3)))
                    .containsExactly(new FieldProblem(
                            "services", "must be a list of options from garden, bulky, fridge, tyres"));
            assertThat(check(Map.of("garden", true))).hasSize(1);
        }

        @Test
        void anEmptyListClearsTheField() {
            assertThat(check(List.of())).isEmpty();
            assertThat(validation.normalise(List.of(SERVICES), Map.of("services", List.of())))
                    .containsEntry("services", null);
        }

        @Test
        void aMandatoryFieldOfSeveralChoicesNeedsAtLeastOne() {
            assertThat(validation.check(
                            List.of(SERVICES), Map.of("services", Arrays.asList("", " ")), List.of("services")))
                    .containsExactly(new FieldProblem("services", "is required"));
        }

        @Test
        void theLabelsOfTheChosenOptionsAreReadInOrder() {
            var labelled = new FieldDefinition(
                    "services",
                    "What needs collecting?",
                    FieldType.CHOICES,
                    false,
                    List.of("garden", "fridge"),
                    null,
                    null,
                    Map.of("fridge", "A fridge or freezer"));
            assertThat(labelled.chosenLabels(List.of("garden", "fridge")))
                    .containsExactly("Garden", "A fridge or freezer");
            assertThat(labelled.chosenLabels(null)).isEmpty();
        }
    }

    @Nested
    class Conditions {

        private final ConditionEvaluator evaluator = new ConditionEvaluator();

        private boolean holds(Condition condition, Object services) {
            var data = new java.util.HashMap<String, Object>();
            data.put("services", services);
            return evaluator.test(condition, data, "step 'route', route 1");
        }

        @Test
        void containsHoldsWhenTheListHoldsTheOption() {
            var fridge = new Compare("services", Operator.CONTAINS, "fridge");
            assertThat(holds(fridge, List.of("garden", "fridge"))).isTrue();
            assertThat(holds(fridge, List.of("garden"))).isFalse();
            assertThat(holds(fridge, null)).isFalse();
        }

        @Test
        void nothingChosenIsEmpty() {
            assertThat(holds(new Compare("services", Operator.IS_EMPTY, null), null))
                    .isTrue();
            assertThat(holds(new Compare("services", Operator.IS_EMPTY, null), List.of()))
                    .isTrue();
            assertThat(holds(new Compare("services", Operator.IS_NOT_EMPTY, null), List.of("tyres")))
                    .isTrue();
        }

        @Test
        void feelSeesTheChoicesAsAList() {
            assertThat(holds(new Condition.Feel("list contains(services, \"tyres\")"), List.of("garden", "tyres")))
                    .isTrue();
            assertThat(holds(new Condition.Feel("count(services) > 1"), List.of("garden")))
                    .isFalse();
        }
    }
}
