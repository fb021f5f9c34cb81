package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.definition.DefinitionFixture.field;
import static org.casework.definition.DefinitionFixture.informationRequest;
import static org.casework.definition.DefinitionFixture.reportAProblem;
import static org.casework.definition.DefinitionFixture.task;
import static org.casework.definition.DefinitionFixture.timer;
import static org.casework.definition.DefinitionFixture.withAllocation;
import static org.casework.definition.DefinitionFixture.withCondition;
import static org.casework.definition.DefinitionFixture.withDocuments;
import static org.casework.definition.DefinitionFixture.withFields;
import static org.casework.definition.DefinitionFixture.withNext;
import static org.casework.definition.DefinitionFixture.withOverdue;
import static org.casework.definition.DefinitionFixture.withRoutes;
import static org.casework.definition.DefinitionFixture.withStage;
import static org.casework.definition.DefinitionFixture.withTarget;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.Condition.Compare;
import org.casework.definition.Condition.Operator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTests {

    /** Stands in for the FEEL parser: only a doubled bracket is a syntax error here. */
    private final DefinitionValidator validator = new DefinitionValidator(
            feel -> feel.contains("((") ? Optional.of("unbalanced brackets") : Optional.empty());

    private List<ValidationProblem> problems(DefinitionFixture fixture) {
        return validator.validate(fixture.build());
    }

    private static ValidationProblem problem(String path, String message) {
        return new ValidationProblem(path, message);
    }

    @Test
    void theReportAProblemProcessCanBePublished() {
        assertThat(problems(reportAProblem())).isEmpty();
    }

    @Test
    void otherModulesChecksOfTheActionsAreAskedAfterOurOwnRules() {
        ActionCheck templates = definition -> List.of(problem("$.actions[0].template", "No such template"));
        var withChecks = new DefinitionValidator(feel -> Optional.empty(), List.of(templates));

        assertThat(withChecks.validate(reportAProblem().build()))
                .containsExactly(problem("$.actions[0].template", "No such template"));
        assertThat(withChecks.validate(reportAProblem().key("Bad Key").build()))
                .extracting(ValidationProblem::path)
                .containsExactly("$.key", "$.actions[0].template");
    }

    @Test
    void aProcessMayNameOneOfTheCouncilsDepartments() {
        var withDepartments = new DefinitionValidator(feel -> Optional.empty(), List.of(), () -> List.of("highways"));

        assertThat(withDepartments.validate(
                        reportAProblem().department("highways").build()))
                .isEmpty();
        assertThat(withDepartments.validate(reportAProblem().department("parks").build()))
                .containsExactly(problem(
                        "$.department",
                        "The department 'parks' is not one of the council's departments; use one of: highways"));
    }

    @Test
    void aProcessNeedNotNameADepartment() {
        var withDepartments = new DefinitionValidator(feel -> Optional.empty(), List.of(), List::of);

        assertThat(withDepartments.validate(reportAProblem().build())).isEmpty();
    }

    @Nested
    class TheProcess {

        @Test
        void aProcessNeedsAKeyAndAName() {
            assertThat(problems(reportAProblem().key(null).name(" ")))
                    .containsExactly(
                            problem("$.key", "The process has no key: give it a short one such as 'report-a-problem'"),
                            problem("$.name", "The process has no name: give it the name residents and staff see"));
        }

        @Test
        void aProcessKeyIsLowercaseLettersDigitsAndHyphens() {
            assertThat(problems(reportAProblem().key("Report_A_Problem")))
                    .containsExactly(problem(
                            "$.key",
                            "The process key 'Report_A_Problem' must be lowercase letters, digits and hyphens,"
                                    + " such as 'report-a-problem'"));
        }

        @Test
        void theReferencePrefixIsTwoToFiveCapitalLetters() {
            assertThat(problems(reportAProblem().referencePrefix("rp")))
                    .containsExactly(problem(
                            "$.referencePrefix",
                            "The reference prefix 'rp' must be 2 to 5 capital letters, such as 'RP'"));
            assertThat(problems(reportAProblem().referencePrefix("ROADSX"))).hasSize(1);
            assertThat(problems(reportAProblem().referencePrefix("R"))).hasSize(1);
            assertThat(problems(reportAProblem().referencePrefix(null))).isEmpty();
        }

        @Test
        void theLgslCodeIsDigitsOnly() {
            assertThat(problems(reportAProblem().lgslCode("LGSL557")))
                    .containsExactly(problem(
                            "$.lgslCode",
                            "The LGSL code 'LGSL557' must be digits only, such as '557' for road maintenance"));
        }

        @Test
        void theCaseSlaCannotBeNegative() {
            assertThat(problems(reportAProblem().sla(-1)))
                    .containsExactly(problem(
                            "$.sla.targetWorkingDays", "The case's SLA is negative: use 0 or more working days"));
        }

        @Test
        void casesCannotBeKeptForANegativeNumberOfDays() {
            assertThat(problems(reportAProblem().retentionDays(-30)))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.retentionDays");
        }
    }

    @Nested
    class FieldsAndStages {

        @Test
        void onlyShortAnswersCanBeMarkedSearchable() {
            var fixture = reportAProblem()
                    .field(new FieldDefinition("notes", "Notes", FieldType.LONG_TEXT, false, null, null, true))
                    .field(new FieldDefinition("reference", "Reference", FieldType.TEXT, false, null, null, true));

            assertThat(problems(fixture))
                    .containsExactly(problem(
                            "$.fields[6].searchable",
                            "Field 'notes' cannot be searchable: only short answers (text, choice, number, date,"
                                    + " postcode, email, yes/no) are kept for searching"));
        }

        @Test
        void aFieldNeedsAKey() {
            assertThat(problems(reportAProblem().field(field(null, FieldType.TEXT))))
                    .containsExactly(
                            problem("$.fields[6].key", "Field 7 has no key: give it one such as 'date-of-birth'"));
        }

        @Test
        void fieldStageAndStepKeysAreLowercaseLettersDigitsAndHyphens() {
            var fixture = reportAProblem()
                    .field(field("Date of birth", FieldType.DATE))
                    .stage(new StageDefinition("On_Hold", "On hold", null, 0));
            assertThat(problems(fixture))
                    .containsExactly(
                            problem(
                                    "$.fields[6].key",
                                    "Field key 'Date of birth' must be lowercase letters, digits and hyphens, such as"
                                            + " 'date-of-birth'"),
                            problem(
                                    "$.stages[3].key",
                                    "Stage key 'On_Hold' must be lowercase letters, digits and hyphens, such as"
                                            + " 'assessing'"));
            assertThat(problems(reportAProblem().step(new Step.End("Closed-", null, null, null))))
                    .contains(problem(
                            "$.steps[6].key",
                            "Step key 'Closed-' must be lowercase letters, digits and hyphens, such as"
                                    + " 'assess-highways'"));
        }

        @Test
        void aFieldKeyCannotBeUsedTwice() {
            assertThat(problems(reportAProblem().field(field("priority", FieldType.TEXT))))
                    .containsExactly(problem(
                            "$.fields[6].key", "Field 'priority' is defined twice: each field needs its own key"));
        }

        @Test
        void aStageKeyCannotBeUsedTwice() {
            assertThat(problems(reportAProblem().stage(new StageDefinition("received", "Received again", null, 1))))
                    .containsExactly(problem(
                            "$.stages[3].key", "Stage 'received' is defined twice: each stage needs its own key"));
        }

        @Test
        void aStepKeyCannotBeUsedTwice() {
            assertThat(problems(reportAProblem().step(new Step.End("closed", null, null, "refused"))))
                    .containsExactly(
                            problem("$.steps[6].key", "Step 'closed' is defined twice: each step needs its own key"));
        }

        @Test
        void aChoiceFieldNeedsOptions() {
            assertThat(problems(reportAProblem().field(field("colour", FieldType.CHOICE))))
                    .containsExactly(problem(
                            "$.fields[6].options",
                            "Field 'colour' is a choice but has no options: list the answers to choose from"));
        }

        @Test
        void aChoiceListsEachOptionOnce() {
            assertThat(problems(reportAProblem().field(field("size", FieldType.CHOICE, "small", "large", "small"))))
                    .containsExactly(problem("$.fields[6].options[2]", "Field 'size' lists the option 'small' twice"));
        }

        @Test
        void aStageNeedsAName() {
            assertThat(problems(reportAProblem().stage("assessing", s -> new StageDefinition(s.key(), null, null, 5))))
                    .containsExactly(problem(
                            "$.stages[1].name",
                            "Stage 'assessing' has no name: residents see it when they follow their case"));
        }

        @Test
        void aStageTargetCannotBeNegative() {
            assertThat(problems(reportAProblem()
                            .stage("decision", s -> new StageDefinition(s.key(), s.name(), s.description(), -4))))
                    .containsExactly(problem(
                            "$.stages[2].targetWorkingDays",
                            "Stage 'decision' has a negative target: use 0 or more working days"));
        }

        @Test
        void aStepMustBeInAStageThatExists() {
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withStage(t, "asessing"))))
                    .containsExactly(
                            problem("$.steps[3].stage", "Step 'triage' is in stage 'asessing', which does not exist"));
        }
    }

    @Nested
    class TheGraph {

        @Test
        void aProcessWithoutAStartStepCannotBePublished() {
            assertThat(problems(reportAProblem().start(null)))
                    .containsExactly(problem(
                            "$.start", "The process has no start step: set 'start' to the key of the first step"));
        }

        @Test
        void theStartStepMustExist() {
            assertThat(problems(reportAProblem().start("rout")))
                    .containsExactly(problem("$.start", "The start step 'rout' does not exist"));
        }

        @Test
        void aNextStepMustExist() {
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withNext(t, "reveiw"))))
                    .contains(problem("$.steps[3].next", "Step 'triage' goes next to 'reveiw', which does not exist"));
        }

        @Test
        void aStepOtherThanAnEndNeedsANextStep() {
            assertThat(problems(reportAProblem().<Step.Task>step("review", t -> withNext(t, null))))
                    .contains(problem(
                            "$.steps[4].next", "Step 'review' has no next step: set 'next', or make it an end step"));
        }

        @Test
        void aRouteMustLeadToAStepThatExists() {
            var routes = List.of(new Step.Route(new Compare("category", Operator.EQUALS, "pothole"), "assess-highway"));
            assertThat(problems(reportAProblem()
                            .<Step.Branch>step("route", b -> withRoutes(b, routes, "assess-environment"))))
                    .contains(problem(
                            "$.steps[0].routes[0].next",
                            "Route 1 of branch 'route' leads to 'assess-highway', which does not exist"));
        }

        @Test
        void aBranchWithoutADefaultCannotBePublished() {
            assertThat(problems(reportAProblem().<Step.Branch>step("route", b -> withRoutes(b, b.routes(), null))))
                    .containsExactly(
                            problem(
                                    "$.steps[0].otherwise",
                                    "Branch 'route' has no default: set 'otherwise' for when no route matches"),
                            problem(
                                    "$.steps[2]",
                                    "Step 'assess-environment' cannot be reached from the start: lead to it from"
                                            + " another step, or remove it"));
        }

        @Test
        void aBranchDefaultMustLeadToAStepThatExists() {
            assertThat(problems(reportAProblem().<Step.Branch>step("route", b -> withRoutes(b, b.routes(), "triag"))))
                    .contains(problem(
                            "$.steps[0].otherwise",
                            "The default of branch 'route' leads to 'triag', which does not exist"));
        }

        @Test
        void aBranchNeedsAtLeastOneRoute() {
            assertThat(problems(reportAProblem().<Step.Branch>step("route", b -> withRoutes(b, List.of(), "triage"))))
                    .contains(problem(
                            "$.steps[0].routes",
                            "Branch 'route' has no routes: add at least one condition and where it leads"));
        }

        @Test
        void aStepThatNothingLeadsToCannotBePublished() {
            assertThat(problems(reportAProblem().step(new Step.End("abandoned", null, null, "withdrawn"))))
                    .containsExactly(problem(
                            "$.steps[6]",
                            "Step 'abandoned' cannot be reached from the start: lead to it from another step, or"
                                    + " remove it"));
        }

        @Test
        void aLoopWithNothingToWaitForCannotBePublished() {
            assertThat(problems(reportAProblem().<Step.Automatic>step("assess-highways", a -> withNext(a, "route"))))
                    .containsExactly(problem(
                            "$.steps[0]",
                            "Steps 'route' and 'assess-highways' form a loop with no task, timer or information request, so"
                                    + " a case would go round it for ever: add a task or timer to the loop"));
        }

        @Test
        void aLoopBackToATaskWithAWayOutIsAllowed() {
            var sendBack = new Step.Branch(
                    "check",
                    null,
                    null,
                    List.of(new Step.Route(new Compare("decision", Operator.EQUALS, "reject"), "triage")),
                    "closed");
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("review", t -> withNext(t, "check"))
                            .step(sendBack)))
                    .isEmpty();
        }

        @Test
        void aLoopWithNoWayOutCannotBePublished() {
            assertThat(problems(reportAProblem().<Step.Task>step("review", t -> withNext(t, "triage"))))
                    .contains(problem(
                            "$.steps[3]",
                            "Steps 'triage' and 'review' form a loop with no way out to an end step, so cases in it"
                                    + " could never close: add a route out"));
        }

        @Test
        void aProcessWhoseEndCannotBeReachedCannotBePublished() {
            assertThat(problems(reportAProblem().<Step.Task>step("review", t -> withNext(t, "route"))))
                    .contains(problem(
                            "$.steps",
                            "No end step can be reached from the start, so cases could never close: add an end step"));
        }
    }

    @Nested
    class Conditions {

        private DefinitionFixture branchingOn(Condition condition) {
            return reportAProblem().<Step.Branch>step("route", b -> withCondition(b, condition));
        }

        @Test
        void aConditionMustTestAFieldThatExists() {
            assertThat(problems(branchingOn(new Compare("categry", Operator.EQUALS, "pothole"))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.field",
                            "Route 1 of branch 'route' tests field 'categry', which does not exist"));
        }

        @Test
        void conditionsInsideAllAnyAndNotAreCheckedToo() {
            var condition = new Condition.All(List.of(
                    new Compare("category", Operator.EQUALS, "pothole"),
                    new Condition.Any(List.of(
                            new Condition.Not(new Compare("prority", Operator.IS_EMPTY, null)),
                            new Compare("postcod", Operator.IS_NOT_EMPTY, null)))));
            assertThat(problems(branchingOn(condition)))
                    .extracting(ValidationProblem::path)
                    .containsExactly(
                            "$.steps[0].routes[0].when.all[1].any[0].not.field",
                            "$.steps[0].routes[0].when.all[1].any[1].field");
        }

        @Test
        void anEmptyAllAnyOrNotIsAMistake() {
            assertThat(problems(branchingOn(new Condition.Any(List.of()))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.any",
                            "Route 1 of branch 'route' has an empty 'any': put at least one condition in it"));
            assertThat(problems(branchingOn(new Condition.Not(null))))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.steps[0].routes[0].when.not");
        }

        @Test
        void aFeelExpressionMustParse() {
            assertThat(problems(branchingOn(new Condition.Feel("category = ((\"pothole\""))))
                    .containsExactly(
                            problem(
                                    "$.steps[0].routes[0].when.feel",
                                    "Route 1 of branch 'route' has a FEEL expression that cannot be read: unbalanced brackets"));
        }

        @Test
        void fieldsNamedInsideFeelAreLeftToTheExpressionLanguage() {
            assertThat(problems(branchingOn(new Condition.Feel("anything in [\"x\"]"))))
                    .isEmpty();
        }

        @Test
        void aRouteNeedsACondition() {
            assertThat(problems(branchingOn(null)))
                    .containsExactly(
                            problem("$.steps[0].routes[0].when", "Route 1 of branch 'route' has no condition"));
        }

        @Test
        void aComparisonNeedsAnOperator() {
            assertThat(problems(branchingOn(new Compare("category", null, "pothole"))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.op",
                            "Route 1 of branch 'route' has no comparison: choose one of equals, not-equals,"
                                    + " greater-than, less-than, between, is-empty, is-not-empty, one-of, contains"));
        }

        @Test
        void anOperatorThatComparesNeedsAValue() {
            assertThat(problems(branchingOn(new Compare("priority", Operator.GREATER_THAN, null))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' uses 'greater-than' without a value to compare with"));
        }

        @Test
        void isEmptyNeedsNoValue() {
            assertThat(problems(branchingOn(new Compare("postcode", Operator.IS_EMPTY, null))))
                    .isEmpty();
        }

        @Test
        void betweenNeedsAListOfTwoValues() {
            assertThat(problems(branchingOn(new Compare("priority", Operator.BETWEEN, List.of(1)))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' uses 'between' without a list of two values, lowest first"));
            assertThat(problems(branchingOn(new Compare("priority", Operator.BETWEEN, List.of(1, 2)))))
                    .isEmpty();
        }

        @Test
        void oneOfNeedsAList() {
            assertThat(problems(branchingOn(new Compare("category", Operator.ONE_OF, "pothole"))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' uses 'one-of' without a list of values to choose from"));
        }

        @Test
        void equalsTakesOneValueNotAList() {
            assertThat(problems(branchingOn(new Compare("category", Operator.EQUALS, List.of("pothole")))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' compares with a list, but 'equals' takes one value (use"
                                    + " 'one-of' for several)"));
        }

        @Test
        void aChoiceIsComparedOnlyWithItsOptions() {
            assertThat(problems(branchingOn(new Compare("category", Operator.EQUALS, "potholes"))))
                    .containsExactly(problem(
                            "$.steps[0].routes[0].when.value",
                            "Route 1 of branch 'route' tests field 'category' for 'potholes', which is not one of its"
                                    + " options: pothole, flytipping, other"));
            assertThat(problems(branchingOn(new Compare("category", Operator.ONE_OF, List.of("pothole", "litter")))))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.steps[0].routes[0].when.value[1]");
        }

        @Test
        void conditionsInAllocationRulesAreChecked() {
            var allocation = new Allocation.ByConditions(
                    List.of(new Allocation.TeamRule(new Compare("rout", Operator.EQUALS, "highways"), "highways")),
                    "environment");
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withAllocation(t, allocation))))
                    .containsExactly(problem(
                            "$.steps[3].allocation.rules[0].when.field",
                            "Allocation rule 1 of step 'triage' tests field 'rout', which does not exist"));
        }

        @Test
        void conditionsInActionsAreChecked() {
            var action = new Action.SetFields(
                    Action.Event.CASE_STARTED,
                    null,
                    new Compare("categry", Operator.EQUALS, "pothole"),
                    Map.of("priority", 1));
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(
                            problem("$.actions[0].when.field", "Action 1 tests field 'categry', which does not exist"));
        }
    }

    @Nested
    class Tasks {

        @Test
        void aTaskWithoutAnAllocationHasNoTeam() {
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withAllocation(t, null))))
                    .containsExactly(
                            problem("$.steps[3].allocation", "Step 'triage' has no team: add an allocation rule"));
        }

        @Test
        void anAllocationMustNameATeamOrAnOfficer() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("review", t -> withAllocation(t, new Allocation.ToTeam(" ")))))
                    .containsExactly(problem(
                            "$.steps[4].allocation.team", "Step 'review' is allocated to a blank team: name the team"));
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("review", t -> withAllocation(t, new Allocation.ToUser("")))))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.steps[4].allocation.user");
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("review", t -> withAllocation(t, new Allocation.RoundRobin(null)))))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.steps[4].allocation.roundRobin");
        }

        @Test
        void allocationRulesNeedATeamEachAndAFallback() {
            var allocation = new Allocation.ByConditions(
                    List.of(new Allocation.TeamRule(new Compare("route", Operator.EQUALS, "highways"), "")), null);
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withAllocation(t, allocation))))
                    .containsExactly(
                            problem(
                                    "$.steps[3].allocation.rules[0].team",
                                    "Allocation rule 1 of step 'triage' names no team"),
                            problem(
                                    "$.steps[3].allocation.otherwise",
                                    "Step 'triage' has no fallback team: set 'otherwise' for when no rule matches"));
        }

        @Test
        void theSameOfficerRuleMustNameAnEarlierTaskStep() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "review",
                                    t -> withAllocation(t, new Allocation.SameUserAs("triag", "supervisors")))))
                    .containsExactly(problem(
                            "$.steps[4].allocation.sameUserAs",
                            "Step 'review' goes to the officer who did 'triag', which does not exist"));
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "review",
                                    t -> withAllocation(t, new Allocation.SameUserAs("route", "supervisors")))))
                    .containsExactly(problem(
                            "$.steps[4].allocation.sameUserAs",
                            "Step 'review' goes to the officer who did 'route', which is not a task step"));
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "review",
                                    t -> withAllocation(t, new Allocation.SameUserAs("triage", "supervisors")))))
                    .isEmpty();
        }

        @Test
        void theSameOfficerRuleNeedsATeamForWhenThatOfficerCannotBeFound() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "review", t -> withAllocation(t, new Allocation.SameUserAs("triage", null)))))
                    .containsExactly(problem(
                            "$.steps[4].allocation.fallbackTeam",
                            "Step 'review' has no fallback team: name the team that gets the work when that officer"
                                    + " cannot"));
        }

        @Test
        void aMandatoryFieldMustBeShownOnTheStep() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("triage", t -> withFields(t, List.of(), List.of("decision"), null))))
                    .containsExactly(problem(
                            "$.steps[3].mandatory[0]",
                            "Step 'triage' requires field 'decision' but does not show it: add it to the step's"
                                    + " fields"));
        }

        @Test
        void fieldsMandatoryFieldsAndTheDecisionMustExist() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "triage",
                                    t -> withFields(t, List.of("decision", "notes"), List.of("reason"), "verdict"))))
                    .containsExactly(
                            problem("$.steps[3].fields[1]", "Step 'triage' shows field 'notes', which does not exist"),
                            problem(
                                    "$.steps[3].mandatory[0]",
                                    "Step 'triage' requires field 'reason', which does not exist"),
                            problem(
                                    "$.steps[3].decision",
                                    "Step 'triage' records its decision in field 'verdict', which does not exist"));
        }

        @Test
        void theDecisionIsAChoiceField() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step(
                                    "triage",
                                    t -> withFields(t, List.of("decision", "priority"), List.of(), "priority"))))
                    .containsExactly(problem(
                            "$.steps[3].decision",
                            "Step 'triage' records its decision in field 'priority', which is not a choice field"));
        }

        @Test
        void theDecisionFieldIsShownOnTheStep() {
            assertThat(problems(reportAProblem()
                            .<Step.Task>step("triage", t -> withFields(t, List.of(), List.of(), "decision"))))
                    .extracting(ValidationProblem::path)
                    .containsExactly("$.steps[3].decision");
        }

        @Test
        void aTaskTargetCannotBeNegative() {
            assertThat(problems(reportAProblem().<Step.Task>step("triage", t -> withTarget(t, -1))))
                    .containsExactly(problem(
                            "$.steps[3].targetWorkingDays",
                            "Step 'triage' has a negative target: use 0 or more working days"));
        }
    }

    @Nested
    class AutomaticStepsTimersAndActions {

        private DefinitionFixture waitingAfterReview(Step.Timer timer) {
            return reportAProblem()
                    .<Step.Task>step("review", t -> withNext(t, timer.key()))
                    .step(timer);
        }

        @Test
        void aTimerWaitsInExactlyOneWay() {
            var message = "Timer 'cool-off' must wait for exactly one of: a duration ('after'), working days"
                    + " ('workingDays') or the date in a field ('untilField')";
            assertThat(problems(waitingAfterReview(timer("cool-off", Duration.ofHours(2), 3, null))))
                    .containsExactly(problem("$.steps[6]", message));
            assertThat(problems(waitingAfterReview(timer("cool-off", null, null, null))))
                    .containsExactly(problem("$.steps[6]", message));
            assertThat(problems(waitingAfterReview(timer("cool-off", Duration.ofHours(2), null, null))))
                    .isEmpty();
        }

        @Test
        void aTimerUntilAFieldNeedsADateFieldThatExists() {
            assertThat(problems(waitingAfterReview(timer("cool-off", null, null, "priority"))))
                    .containsExactly(problem(
                            "$.steps[6].untilField",
                            "Timer 'cool-off' waits until field 'priority', which is not a date field"));
            assertThat(problems(waitingAfterReview(timer("cool-off", null, null, "due"))))
                    .containsExactly(problem(
                            "$.steps[6].untilField", "Timer 'cool-off' waits until field 'due', which does not exist"));
            assertThat(problems(waitingAfterReview(timer("cool-off", null, null, "due"))
                            .field(field("due", FieldType.DATE))))
                    .isEmpty();
        }

        @Test
        void anAutomaticStepSetsOnlyFieldsThatExist() {
            assertThat(problems(reportAProblem()
                            .<Step.Automatic>step(
                                    "assess-highways",
                                    a -> new Step.Automatic(
                                            a.key(), a.name(), a.stage(), Map.of("rout", "x"), a.next()))))
                    .containsExactly(problem(
                            "$.steps[1].set.rout", "Step 'assess-highways' sets field 'rout', which does not exist"));
        }

        @Test
        void anAutomaticStepSetsValuesTheFieldAccepts() {
            assertThat(problems(reportAProblem()
                            .<Step.Automatic>step(
                                    "assess-highways",
                                    a -> new Step.Automatic(
                                            a.key(), a.name(), a.stage(), Map.of("category", "potholes"), a.next()))))
                    .containsExactly(problem(
                            "$.steps[1].set.category",
                            "Step 'assess-highways' sets field 'category' to 'potholes', but it must be one of"
                                    + " pothole, flytipping, other"));
        }

        @Test
        void anActionTargetsAStepOrStageThatExists() {
            var onTriage = new Action.SetFields(Action.Event.STEP_COMPLETED, "triag", null, Map.of("priority", 2));
            var onAssessing = new Action.SetFields(Action.Event.STAGE_ENTERED, "triage", null, Map.of("priority", 2));
            assertThat(problems(reportAProblem().action(onTriage).action(onAssessing)))
                    .containsExactly(
                            problem("$.actions[0].target", "Action 1 is for step 'triag', which does not exist"),
                            problem("$.actions[1].target", "Action 2 is for stage 'triage', which does not exist"));
        }

        @Test
        void anActionOnAStepOrStageThatExistsIsAccepted() {
            var onTriage = new Action.SetFields(Action.Event.STEP_ENTERED, "triage", null, Map.of("priority", 2));
            var onAssessing =
                    new Action.SetFields(Action.Event.STAGE_ENTERED, "assessing", null, Map.of("priority", "3"));
            assertThat(problems(reportAProblem().action(onTriage).action(onAssessing)))
                    .isEmpty();
        }

        @Test
        void anActionOnTheWholeCaseCannotBeNarrowed() {
            var action = new Action.SetFields(Action.Event.CASE_STARTED, "triage", null, Map.of("priority", 2));
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(problem(
                            "$.actions[0].target",
                            "Action 1 runs once per case, so it cannot be narrowed to 'triage': remove the target"));
        }

        @Test
        void anActionSaysWhenItRunsAndSetsSomething() {
            var action = new Action.SetFields(null, null, null, Map.of());
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(
                            problem(
                                    "$.actions[0].on",
                                    "Action 1 does not say when it runs: choose an event such as case-started"),
                            problem("$.actions[0].set", "Action 1 sets no fields"));
        }

        @Test
        void anActionSetsOnlyFieldsThatExist() {
            var action = new Action.SetFields(Action.Event.CASE_STARTED, null, null, Map.of("urgency", 1));
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(
                            problem("$.actions[0].set.urgency", "Action 1 sets field 'urgency', which does not exist"));
        }
    }

    @Nested
    class ActionsOnCaseEvents {

        private Action.Notify notify(Action.Recipient to, String team, String address, String contractor) {
            return new Action.Notify(Action.Event.SLA_BREACH, null, null, "overdue", to, team, address, contractor);
        }

        @Test
        void everyKindOfActionOnEveryKindOfEventCanBePublished() {
            var fixture = reportAProblem()
                    .action(new Action.Notify(
                            Action.Event.TASK_ASSIGNED,
                            "triage",
                            null,
                            "new-work",
                            Action.Recipient.ASSIGNEE,
                            null,
                            null,
                            null))
                    .action(notify(Action.Recipient.CITIZEN, null, null, null))
                    .action(notify(Action.Recipient.TEAM, "supervisors", null, null))
                    .action(notify(Action.Recipient.ADDRESS, null, "duty.officer@example.gov.uk", null))
                    .action(notify(Action.Recipient.ADDRESS, null, "+44 7700 900123", null))
                    .action(notify(Action.Recipient.CONTRACTOR, null, null, "road-repairs"))
                    .action(new Action.Webhook(Action.Event.CASE_CLOSED, null, null, "crm"))
                    .action(new Action.Webhook(Action.Event.CASE_ABANDONED, null, null, "crm"))
                    .action(new Action.Reassign(Action.Event.SLA_BREACH, null, null, null, true))
                    .action(new Action.Reassign(Action.Event.TASK_UNTOUCHED, "triage", null, "supervisors", null))
                    .action(new Action.StartProcess(
                            Action.Event.SLA_WARNING, null, null, "complaint", Map.of("issue", "category")))
                    .action(new Action.SetFields(
                            Action.Event.INFORMATION_REQUEST_ANSWERED, null, null, Map.of("priority", 1)))
                    .action(new Action.SetFields(
                            Action.Event.INFORMATION_REQUEST_REMINDER, null, null, Map.of("priority", 2)));
            assertThat(problems(fixture)).isEmpty();
        }

        @Test
        void aNotificationSaysWhichTemplateToSendAndToWhom() {
            var action = new Action.Notify(Action.Event.CASE_STARTED, null, null, " ", null, null, null, null);
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(
                            problem("$.actions[0].template", "Action 1 does not say which template to send"),
                            problem(
                                    "$.actions[0].to",
                                    "Action 1 does not say who is told: citizen, assignee, team, address or"
                                            + " contractor"));
        }

        @Test
        void aNotificationToATeamAnAddressOrAContractorSaysWhichOne() {
            var fixture = reportAProblem()
                    .action(notify(Action.Recipient.TEAM, null, null, null))
                    .action(notify(Action.Recipient.ADDRESS, null, null, null))
                    .action(notify(Action.Recipient.ADDRESS, null, "the duty officer", null))
                    .action(notify(Action.Recipient.CONTRACTOR, null, null, ""));
            assertThat(problems(fixture))
                    .containsExactly(
                            problem("$.actions[0].team", "Action 1 tells a team: say which one in 'team'"),
                            problem(
                                    "$.actions[1].address",
                                    "Action 2 tells an address: give the email address or mobile number in"
                                            + " 'address'"),
                            problem(
                                    "$.actions[2].address",
                                    "Action 3 sends to 'the duty officer', which is neither an email address nor a"
                                            + " mobile number"),
                            problem(
                                    "$.actions[3].contractor",
                                    "Action 4 tells a contractor: give the contractor's key in 'contractor'"));
        }

        @Test
        void aWebhookActionNamesTheWebhook() {
            var action = new Action.Webhook(Action.Event.CASE_CLOSED, null, null, null);
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(problem(
                            "$.actions[0].webhook",
                            "Action 1 does not say which webhook to call: give the key of a registered webhook"));
        }

        @Test
        void aReassignmentSaysWhereTheTaskGoesAndRunsWhileThereIsATask() {
            var nowhere = new Action.Reassign(Action.Event.SLA_BREACH, null, null, null, false);
            var afterTheEnd = new Action.Reassign(Action.Event.CASE_CLOSED, null, null, "supervisors", null);
            assertThat(problems(reportAProblem().action(nowhere).action(afterTheEnd)))
                    .containsExactly(
                            problem(
                                    "$.actions[0].team",
                                    "Action 1 does not say where the task goes: give a team, set toTeamLead, or"
                                            + " both"),
                            problem(
                                    "$.actions[1].on",
                                    "Action 2 reassigns the case's task, so it must run on a task or SLA event such"
                                            + " as sla-breach, not case-closed"));
        }

        @Test
        void startingAProcessNamesItAndCopiesOnlyFieldsThisProcessHas() {
            var action = new Action.StartProcess(Action.Event.CASE_CLOSED, null, null, null, Map.of("issue", "kind"));
            assertThat(problems(reportAProblem().action(action)))
                    .containsExactly(
                            problem("$.actions[0].process", "Action 1 does not say which process to start"),
                            problem(
                                    "$.actions[0].fields.issue",
                                    "Action 1 copies field 'kind', which this process does not have"));
        }

        @Test
        void taskAndRequestEventsAreNarrowedToAStepAndSlaEventsToNothing() {
            var onAStage = new Action.Webhook(Action.Event.TASK_ASSIGNED, "assessing", null, "crm");
            var onAStep = new Action.Webhook(Action.Event.SLA_WARNING, "triage", null, "crm");
            var onAbandoned = new Action.Webhook(Action.Event.CASE_ABANDONED, "triage", null, "crm");
            assertThat(problems(
                            reportAProblem().action(onAStage).action(onAStep).action(onAbandoned)))
                    .containsExactly(
                            problem("$.actions[0].target", "Action 1 is for step 'assessing', which does not exist"),
                            problem(
                                    "$.actions[1].target",
                                    "Action 2 runs once per case, so it cannot be narrowed to 'triage': remove the"
                                            + " target"),
                            problem(
                                    "$.actions[2].target",
                                    "Action 3 runs once per case, so it cannot be narrowed to 'triage': remove the"
                                            + " target"));
        }

        @Test
        void theSlaWarningComesPartWayThroughAndRepeatsAndRemindersWaitAtLeastADay() {
            assertThat(problems(reportAProblem().sla(new Sla(10, null, 0.5, 3, 2))))
                    .isEmpty();
            assertThat(problems(reportAProblem().sla(new Sla(10, null, 1.0, 0, 0))))
                    .containsExactly(
                            problem(
                                    "$.sla.warnAt",
                                    "The SLA warning must come part-way through the target: use a share between 0"
                                            + " and 1, such as 0.75"),
                            problem(
                                    "$.sla.breachRepeatWorkingDays",
                                    "A breach can be announced again after 1 working day at the soonest"),
                            problem(
                                    "$.sla.remindAfterWorkingDays",
                                    "A task can be called untouched after 1 working day at the soonest"));
            assertThat(problems(reportAProblem().sla(new Sla(10, null, 0.0, null, null))))
                    .hasSize(1);
        }

        @Test
        void withoutSettingsTheWarningComesAtThreeQuartersRoundedUpAndABreachRepeatsWeekly() {
            var sla = new Sla(10);
            assertThat(sla.warningAfterWorkingDays()).isEqualTo(8);
            assertThat(sla.breachRepeatEvery()).isEqualTo(5);
            assertThat(new Sla(10, null, 0.5, 3, null).warningAfterWorkingDays())
                    .isEqualTo(5);
            assertThat(new Sla(10, null, 0.5, 3, null).breachRepeatEvery()).isEqualTo(3);
        }
    }

    @Nested
    class InformationRequests {

        /** Report a problem with the reviewer asking the citizen for photos before closing. */
        private DefinitionFixture askingAfterReview(Step.InformationRequest request) {
            return reportAProblem()
                    .<Step.Task>step("review", t -> withNext(t, request.key()))
                    .step(request);
        }

        private final Step.InformationRequest askForPhotos =
                informationRequest("ask-for-photos", "Please send us a photo of the pothole.", 5);

        @Test
        void aRequestWithAMessageAReplyTimeAndSomewhereToGoCanBePublished() {
            assertThat(problems(askingAfterReview(withOverdue(askForPhotos, "closed", "triage"))))
                    .isEmpty();
        }

        @Test
        void aRequestSaysWhatItAsksAndGivesTimeToReply() {
            var request = informationRequest("ask-for-photos", " ", 0);
            assertThat(problems(askingAfterReview(request)))
                    .containsExactly(
                            problem(
                                    "$.steps[6].message",
                                    "Information request 'ask-for-photos' has no message: say what the citizen is"
                                            + " asked for"),
                            problem(
                                    "$.steps[6].replyWithinWorkingDays",
                                    "Information request 'ask-for-photos' must give the citizen at least one working"
                                            + " day to reply"));
            assertThat(problems(askingAfterReview(informationRequest("ask-for-photos", "Photos, please", null))))
                    .containsExactly(problem(
                            "$.steps[6].replyWithinWorkingDays",
                            "Information request 'ask-for-photos' gives no time to reply: set"
                                    + " 'replyWithinWorkingDays'"));
        }

        @Test
        void aRequestLeadsToStepsThatExist() {
            assertThat(problems(askingAfterReview(withOverdue(askForPhotos, "clsoed", "closed"))))
                    .containsExactly(problem(
                            "$.steps[6].next", "Step 'ask-for-photos' goes next to 'clsoed', which does not exist"));
            assertThat(problems(askingAfterReview(withOverdue(askForPhotos, "closed", "chase"))))
                    .containsExactly(problem(
                            "$.steps[6].overdue",
                            "Information request 'ask-for-photos' goes to 'chase' when the reply is overdue, which"
                                    + " does not exist"));
            assertThat(problems(askingAfterReview(withOverdue(askForPhotos, null, "closed"))))
                    .containsExactly(problem(
                            "$.steps[6].next",
                            "Step 'ask-for-photos' has no next step: set 'next', or make it an end step"));
        }

        @Test
        void everyDocumentAskedForHasAType() {
            assertThat(problems(askingAfterReview(withDocuments(askForPhotos, List.of("photo", " ")))))
                    .containsExactly(problem(
                            "$.steps[6].documents[1]",
                            "Information request 'ask-for-photos' asks for a document with no type"));
        }

        @Test
        void anOverdueRouteCountsAsAWayOnFromTheRequest() {
            var chase = task("chase", new Allocation.ToTeam("highways"), "closed");
            assertThat(problems(askingAfterReview(withOverdue(askForPhotos, "closed", "chase"))
                            .step(chase)))
                    .isEmpty();
        }

        @Test
        void actionsCanHangOnARequestBeingSentOrGoingUnanswered() {
            var sent = new Action.SetFields(
                    Action.Event.INFORMATION_REQUEST_SENT, "ask-for-photos", null, Map.of("priority", 3));
            var overdue = new Action.SetFields(
                    Action.Event.INFORMATION_REQUEST_OVERDUE, "ask-for-photo", null, Map.of("priority", 1));
            assertThat(problems(askingAfterReview(askForPhotos).action(sent).action(overdue)))
                    .containsExactly(problem(
                            "$.actions[1].target", "Action 2 is for step 'ask-for-photo', which does not exist"));
        }

        @Test
        void theSlaMayPauseWhileTheCaseWaitsOnTheCitizen() {
            assertThat(problems(askingAfterReview(askForPhotos).sla(new Sla(10, true))))
                    .isEmpty();
        }
    }

    @Test
    void anEmptyDefinitionSaysWhatItNeeds() {
        var empty = new ProcessDefinition(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(validator.validate(empty))
                .extracting(ValidationProblem::path)
                .containsExactly("$.key", "$.name", "$.steps");
    }

    @Test
    void aDefinitionFullOfGapsIsReportedRatherThanCrashedOn() {
        var fixture = reportAProblem()
                .field(field(null, FieldType.CHOICE))
                .stage(new StageDefinition(null, null, null, 0))
                .step(new Step.End(null, null, null, null))
                .step(new Step.Branch(
                        "lost", null, "nowhere", List.of(new Step.Route(new Compare(null, null, null), null)), null))
                .action(new Action.SetFields(Action.Event.STEP_ENTERED, "nowhere", new Condition.Feel(" "), Map.of()));
        assertThat(problems(fixture))
                .hasSizeGreaterThan(5)
                .allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var fixture = reportAProblem()
                .referencePrefix("rp")
                .<Step.Task>step("triage", t -> withAllocation(t, null))
                .step(task("orphan", new Allocation.ToTeam("highways"), "closed"));
        assertThat(problems(fixture))
                .extracting(ValidationProblem::path)
                .containsExactly("$.referencePrefix", "$.steps[3].allocation", "$.steps[6]");
    }
}
