package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.definition.Condition.Operator.BETWEEN;
import static org.casework.definition.Condition.Operator.CONTAINS;
import static org.casework.definition.Condition.Operator.EQUALS;
import static org.casework.definition.Condition.Operator.GREATER_THAN;
import static org.casework.definition.Condition.Operator.IS_EMPTY;
import static org.casework.definition.Condition.Operator.IS_NOT_EMPTY;
import static org.casework.definition.Condition.Operator.LESS_THAN;
import static org.casework.definition.Condition.Operator.NOT_EQUALS;
import static org.casework.definition.Condition.Operator.ONE_OF;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConditionEvaluatorTests {

    private static final String ROUTE = "step 'route', route 1";

    private final ConditionEvaluator evaluator =
            new ConditionEvaluator(Clock.fixed(Instant.parse("2030-05-01T09:00:00Z"), ZoneId.of("Europe/London")));

    // equals and not-equals

    @Test
    void aPotholeReportTakesTheHighwaysRoute() {
        assertThat(holds(compare("category", EQUALS, "pothole"), Map.of("category", "pothole")))
                .isTrue();
    }

    @Test
    void aFlyTippingReportDoesNotTakeTheHighwaysRoute() {
        assertThat(holds(compare("category", EQUALS, "pothole"), Map.of("category", "fly-tipping")))
                .isFalse();
    }

    @Test
    void textMustMatchExactly() {
        assertThat(holds(compare("category", EQUALS, "pothole"), Map.of("category", "Pothole")))
                .isFalse();
    }

    @Test
    void numbersAreEqualWhateverTheirScaleOrType() {
        assertThat(holds(compare("bags", EQUALS, 2), Map.of("bags", new BigDecimal("2.0"))))
                .isTrue();
        assertThat(holds(compare("bags", EQUALS, 2.5), Map.of("bags", new BigDecimal("2.50"))))
                .isTrue();
        assertThat(holds(compare("bags", EQUALS, 2L), Map.of("bags", 3))).isFalse();
    }

    @Test
    void aNumberTypedIntoAFormEqualsTheSameNumber() {
        assertThat(holds(compare("bags", EQUALS, 2), Map.of("bags", "2"))).isTrue();
        assertThat(holds(compare("bags", EQUALS, "2.0"), Map.of("bags", 2))).isTrue();
    }

    @Test
    void textThatIsNotANumberIsSimplyNotEqualToOne() {
        assertThat(holds(compare("bags", EQUALS, 2), Map.of("bags", "two"))).isFalse();
    }

    @Test
    void yesOrNoAnswersCompareAsYesOrNo() {
        assertThat(holds(compare("urgent", EQUALS, true), Map.of("urgent", true)))
                .isTrue();
        assertThat(holds(compare("urgent", EQUALS, true), Map.of("urgent", "true")))
                .isTrue();
        assertThat(holds(compare("urgent", EQUALS, true), Map.of("urgent", false)))
                .isFalse();
    }

    @Test
    void datesCompareByDay() {
        assertThat(holds(compare("reported", EQUALS, "2030-04-01"), Map.of("reported", LocalDate.of(2030, 4, 1))))
                .isTrue();
        assertThat(holds(compare("reported", EQUALS, "2030-04-02"), Map.of("reported", LocalDate.of(2030, 4, 1))))
                .isFalse();
    }

    @Test
    void notEqualsHoldsWhenTheValuesDiffer() {
        assertThat(holds(compare("category", NOT_EQUALS, "pothole"), Map.of("category", "graffiti")))
                .isTrue();
        assertThat(holds(compare("bags", NOT_EQUALS, 2), Map.of("bags", 2.0))).isFalse();
    }

    @Test
    void aFieldNeverFilledInIsNotEqualToAnything() {
        assertThat(holds(compare("category", NOT_EQUALS, "pothole"), Map.of())).isTrue();
    }

    // greater-than, less-than and between

    @Test
    void greaterThanComparesNumbers() {
        assertThat(holds(compare("depth", GREATER_THAN, 40), Map.of("depth", 55)))
                .isTrue();
        assertThat(holds(compare("depth", GREATER_THAN, 40), Map.of("depth", 40)))
                .isFalse();
    }

    @Test
    void aNumberTypedIntoAFormIsOrderedAsANumber() {
        assertThat(holds(compare("depth", GREATER_THAN, 9), Map.of("depth", "10")))
                .isTrue();
    }

    @Test
    void greaterThanComparesDates() {
        assertThat(holds(compare("reported", GREATER_THAN, "2030-03-31"), Map.of("reported", "2030-04-01")))
                .isTrue();
        assertThat(holds(compare("reported", GREATER_THAN, "2030-04-01"), Map.of("reported", LocalDate.of(2030, 4, 1))))
                .isFalse();
    }

    @Test
    void lessThanComparesNumbersAndDates() {
        assertThat(holds(compare("age", LESS_THAN, 18), Map.of("age", 17))).isTrue();
        assertThat(holds(compare("age", LESS_THAN, 18), Map.of("age", 18))).isFalse();
        assertThat(holds(compare("reported", LESS_THAN, "2030-04-02"), Map.of("reported", "2030-04-01")))
                .isTrue();
    }

    @Test
    void betweenIncludesBothEnds() {
        var workingAge = compare("age", BETWEEN, List.of(18, 65));
        assertThat(holds(workingAge, Map.of("age", 18))).isTrue();
        assertThat(holds(workingAge, Map.of("age", 65))).isTrue();
        assertThat(holds(workingAge, Map.of("age", 40.5))).isTrue();
        assertThat(holds(workingAge, Map.of("age", 66))).isFalse();
        assertThat(holds(workingAge, Map.of("age", 17))).isFalse();
    }

    @Test
    void betweenWorksOnDates() {
        var inApril = compare("reported", BETWEEN, List.of("2030-04-01", "2030-04-30"));
        assertThat(holds(inApril, Map.of("reported", "2030-04-15"))).isTrue();
        assertThat(holds(inApril, Map.of("reported", LocalDate.of(2030, 5, 1)))).isFalse();
    }

    // emptiness

    @Test
    void aFieldIsEmptyWhenMissingNullBlankOrAnEmptyList() {
        var noPhotos = compare("photos", IS_EMPTY, null);
        assertThat(holds(noPhotos, Map.of())).isTrue();
        assertThat(holds(noPhotos, data("photos", null))).isTrue();
        assertThat(holds(noPhotos, Map.of("photos", "  "))).isTrue();
        assertThat(holds(noPhotos, Map.of("photos", List.of()))).isTrue();
        assertThat(holds(noPhotos, Map.of("photos", Map.of()))).isTrue();
    }

    @Test
    void aFieldWithAnAnswerIsNotEmpty() {
        assertThat(holds(compare("photos", IS_EMPTY, null), Map.of("photos", List.of("hole.jpg"))))
                .isFalse();
        assertThat(holds(compare("bags", IS_EMPTY, null), Map.of("bags", 0))).isFalse();
        assertThat(holds(compare("photos", IS_NOT_EMPTY, null), Map.of("photos", List.of("hole.jpg"))))
                .isTrue();
        assertThat(holds(compare("photos", IS_NOT_EMPTY, null), Map.of("photos", "")))
                .isFalse();
        assertThat(holds(compare("photos", IS_NOT_EMPTY, null), Map.of())).isFalse();
    }

    // one-of and contains

    @Test
    void oneOfHoldsWhenTheAnswerIsInTheList() {
        var onTheHighway = compare("location", ONE_OF, List.of("road", "pavement"));
        assertThat(holds(onTheHighway, Map.of("location", "pavement"))).isTrue();
        assertThat(holds(onTheHighway, Map.of("location", "park"))).isFalse();
    }

    @Test
    void oneOfComparesNumbersAsNumbers() {
        assertThat(holds(compare("priority", ONE_OF, List.of(1, 2)), Map.of("priority", "2")))
                .isTrue();
    }

    @Test
    void containsFindsWordsInTextWhateverTheirCase() {
        var mentionsAPothole = compare("description", CONTAINS, "pothole");
        assertThat(holds(mentionsAPothole, Map.of("description", "Large POTHOLE outside no. 4")))
                .isTrue();
        assertThat(holds(mentionsAPothole, Map.of("description", "Broken kerb")))
                .isFalse();
    }

    @Test
    void containsFindsAnItemInAList() {
        var includesLitter = compare("problems", CONTAINS, "litter");
        assertThat(holds(includesLitter, Map.of("problems", List.of("dog fouling", "litter"))))
                .isTrue();
        assertThat(holds(includesLitter, Map.of("problems", List.of("graffiti"))))
                .isFalse();
    }

    // fields without a value

    @ParameterizedTest
    @EnumSource(names = {"EQUALS", "GREATER_THAN", "LESS_THAN", "BETWEEN", "ONE_OF", "CONTAINS"})
    void aFieldNeverFilledInFailsEveryComparison(Condition.Operator op) {
        var value = op == BETWEEN || op == ONE_OF ? List.of(1, 5) : (Object) 3;
        assertThat(holds(compare("depth", op, value), Map.of())).isFalse();
        assertThat(holds(compare("depth", op, value), data("depth", null))).isFalse();
    }

    @Test
    void aNumberLeftBlankOnAFormIsNotGreaterThanAnything() {
        assertThat(holds(compare("depth", GREATER_THAN, 40), Map.of("depth", "")))
                .isFalse();
    }

    // all, any and not

    @Test
    void allHoldsOnlyWhenEveryPartHolds() {
        var deepPothole =
                new Condition.All(List.of(compare("category", EQUALS, "pothole"), compare("depth", GREATER_THAN, 40)));
        assertThat(holds(deepPothole, Map.of("category", "pothole", "depth", 55)))
                .isTrue();
        assertThat(holds(deepPothole, Map.of("category", "pothole", "depth", 20)))
                .isFalse();
    }

    @Test
    void anyHoldsWhenOnePartHolds() {
        var highwaysProblem = new Condition.Any(
                List.of(compare("category", EQUALS, "pothole"), compare("category", EQUALS, "street light")));
        assertThat(holds(highwaysProblem, Map.of("category", "street light"))).isTrue();
        assertThat(holds(highwaysProblem, Map.of("category", "graffiti"))).isFalse();
    }

    @Test
    void notTurnsAConditionAround() {
        var notAPothole = new Condition.Not(compare("category", EQUALS, "pothole"));
        assertThat(holds(notAPothole, Map.of("category", "graffiti"))).isTrue();
        assertThat(holds(notAPothole, Map.of("category", "pothole"))).isFalse();
    }

    @Test
    void anEmptyAllHoldsAndAnEmptyAnyDoesNot() {
        assertThat(holds(new Condition.All(List.of()), Map.of())).isTrue();
        assertThat(holds(new Condition.Any(List.of()), Map.of())).isFalse();
    }

    @Test
    void conditionsNest() {
        // An urgent highways problem that is not on private land.
        var urgentHighways = new Condition.All(List.of(
                new Condition.Any(
                        List.of(compare("category", EQUALS, "pothole"), compare("category", EQUALS, "street light"))),
                compare("priority", LESS_THAN, 3),
                new Condition.Not(compare("land", EQUALS, "private"))));
        assertThat(holds(urgentHighways, Map.of("category", "pothole", "priority", 1, "land", "public")))
                .isTrue();
        assertThat(holds(urgentHighways, Map.of("category", "pothole", "priority", 1, "land", "private")))
                .isFalse();
        assertThat(holds(urgentHighways, Map.of("category", "graffiti", "priority", 1, "land", "public")))
                .isFalse();
    }

    // FEEL

    @Test
    void aFeelExpressionCanDecideTheRoute() {
        var pothole = new Condition.Feel("category = \"pothole\"");
        assertThat(holds(pothole, Map.of("category", "pothole"))).isTrue();
        assertThat(holds(pothole, Map.of("category", "graffiti"))).isFalse();
    }

    @Test
    void aFeelExpressionCanWeighSeveralFields() {
        var dangerous =
                new Condition.Feel("category = \"pothole\" and depth > 40 and list contains(nearby, \"school\")");
        assertThat(holds(dangerous, Map.of("category", "pothole", "depth", 55, "nearby", List.of("school", "shops"))))
                .isTrue();
        assertThat(holds(dangerous, Map.of("category", "pothole", "depth", 55, "nearby", List.of("shops"))))
                .isFalse();
    }

    @Test
    void feelTodayIsTheEvaluatorsClock() {
        var overAWeekOld = new Condition.Feel("date(reported) < today() - duration(\"P7D\")");
        assertThat(holds(overAWeekOld, Map.of("reported", "2030-04-23"))).isTrue();
        assertThat(holds(overAWeekOld, Map.of("reported", "2030-04-24"))).isFalse();
    }

    @Test
    void aFeelExpressionThatDoesNotReadIsExplainedBeforePublishing() {
        assertThat(evaluator.checkFeel("depth > "))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("The expression cannot be read at column")
                        .contains(">"));
        assertThat(evaluator.checkFeel("category = \"pothole\" and depth > 40")).isEmpty();
        assertThat(evaluator.checkFeel(" ")).contains("The expression is empty.");
    }

    @Test
    void aFeelExpressionThatDoesNotGiveTrueOrFalseIsAnError() {
        assertThatThrownBy(() -> holds(new Condition.Feel("depth + 1"), Map.of("depth", 40)))
                .isInstanceOfSatisfying(ConditionFailed.class, failed -> {
                    assertThat(failed.where()).isEqualTo(ROUTE);
                    assertThat(failed.condition()).isEqualTo("depth + 1");
                    assertThat(failed.field()).isNull();
                })
                .hasMessage("Condition on step 'route', route 1 failed: FEEL expression 'depth + 1' gave 41,"
                        + " not true or false");
    }

    @Test
    void aFeelExpressionOverAMissingFieldSaysWhichFieldIsMissing() {
        assertThatThrownBy(() -> holds(new Condition.Feel("depth > 40"), Map.of()))
                .isInstanceOf(ConditionFailed.class)
                .hasMessageStartingWith("Condition on step 'route', route 1 failed: FEEL expression 'depth > 40' gave"
                        + " no value, not true or false")
                .hasMessageContaining("'depth'");
    }

    @Test
    void aFeelExpressionThatDoesNotReadFailsWhenACaseReachesIt() {
        assertThatThrownBy(() -> holds(new Condition.Feel("depth >"), Map.of("depth", 40)))
                .isInstanceOf(ConditionFailed.class)
                .hasMessageStartingWith(
                        "Condition on step 'route', route 1 failed: FEEL expression 'depth >' cannot be read");
    }

    @Test
    void eachFeelExpressionIsParsedOnce() {
        var pothole = new Condition.Feel("category = \"pothole\"");
        holds(pothole, Map.of("category", "pothole"));
        holds(pothole, Map.of("category", "graffiti"));
        holds(new Condition.Feel("category = \"pothole\""), Map.of("category", "pothole"));
        assertThat(evaluator.compiledExpressions()).isEqualTo(1);

        holds(new Condition.Feel("depth > 40"), Map.of("depth", 10));
        assertThat(evaluator.compiledExpressions()).isEqualTo(2);
    }

    @Test
    void checkingADraftExpressionDoesNotFillTheCache() {
        evaluator.checkFeel("depth > 40");
        assertThat(evaluator.compiledExpressions()).isZero();
    }

    // mistakes in a definition

    @Test
    void orderingTextAgainstANumberIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> holds(compare("priority", GREATER_THAN, 3), Map.of("priority", "abc")))
                .isInstanceOfSatisfying(ConditionFailed.class, failed -> {
                    assertThat(failed.where()).isEqualTo(ROUTE);
                    assertThat(failed.condition()).isEqualTo("priority greater-than 3");
                    assertThat(failed.field()).isEqualTo("priority");
                })
                .hasMessage("Condition on step 'route', route 1 failed: cannot compare field 'priority' (value 'abc')"
                        + " with 3 using greater-than");
    }

    @Test
    void orderingWordsIsAnError() {
        assertThatThrownBy(() -> holds(compare("priority", LESS_THAN, "high"), Map.of("priority", "low")))
                .isInstanceOfSatisfying(
                        ConditionFailed.class,
                        failed -> assertThat(failed.condition()).isEqualTo("priority less-than \"high\""))
                .hasMessageContaining("field 'priority' (value 'low')");
    }

    @Test
    void aDateCannotBeBetweenNumbers() {
        assertThatThrownBy(() -> holds(compare("reported", BETWEEN, List.of(1, 5)), Map.of("reported", "2030-04-01")))
                .isInstanceOfSatisfying(
                        ConditionFailed.class,
                        failed -> assertThat(failed.field()).isEqualTo("reported"))
                .hasMessageContaining("cannot compare field 'reported' (value '2030-04-01') with [1, 5] using between");
    }

    @Test
    void betweenNeedsALowAndAHighValue() {
        assertThatThrownBy(() -> holds(compare("age", BETWEEN, 18), Map.of("age", 30)))
                .isInstanceOfSatisfying(
                        ConditionFailed.class,
                        failed -> assertThat(failed.field()).isEqualTo("age"))
                .hasMessage("Condition on step 'route', route 1 failed: 'between' on field 'age' needs a list of two"
                        + " values, low and high, not 18");
        assertThatThrownBy(() -> holds(compare("age", BETWEEN, List.of(18)), Map.of("age", 30)))
                .isInstanceOf(ConditionFailed.class);
    }

    @Test
    void oneOfNeedsAList() {
        assertThatThrownBy(() -> holds(compare("location", ONE_OF, "road"), Map.of("location", "road")))
                .isInstanceOfSatisfying(
                        ConditionFailed.class,
                        failed -> assertThat(failed.field()).isEqualTo("location"))
                .hasMessageContaining("'one-of' on field 'location' needs a list of values, not 'road'");
    }

    @Test
    void aComparisonNeedsAValue() {
        assertThatThrownBy(() -> holds(compare("category", EQUALS, null), Map.of("category", "pothole")))
                .isInstanceOf(ConditionFailed.class)
                .hasMessageContaining("'equals' on field 'category' needs a value to compare with");
    }

    @Test
    void aNumberCannotContainAnything() {
        assertThatThrownBy(() -> holds(compare("depth", CONTAINS, "4"), Map.of("depth", 40)))
                .isInstanceOfSatisfying(
                        ConditionFailed.class,
                        failed -> assertThat(failed.field()).isEqualTo("depth"))
                .hasMessageContaining("cannot compare field 'depth' (value 40) with \"4\" using contains");
    }

    @Test
    void aMistakeDeepInsideANestedConditionNamesTheFailingPart() {
        var nested = new Condition.All(List.of(
                compare("category", EQUALS, "pothole"), new Condition.Not(compare("depth", GREATER_THAN, "deep"))));
        assertThatThrownBy(() -> holds(nested, Map.of("category", "pothole", "depth", 40)))
                .isInstanceOfSatisfying(ConditionFailed.class, failed -> {
                    assertThat(failed.condition()).isEqualTo("depth greater-than \"deep\"");
                    assertThat(failed.field()).isEqualTo("depth");
                });
    }

    @Test
    void aMissingConditionIsAnError() {
        assertThatThrownBy(() -> holds(new Condition.Not(null), Map.of()))
                .isInstanceOf(ConditionFailed.class)
                .hasMessage("Condition on step 'route', route 1 failed: the condition is missing");
    }

    private boolean holds(Condition condition, Map<String, Object> data) {
        return evaluator.test(condition, data, ROUTE);
    }

    private static Condition.Compare compare(String field, Condition.Operator op, Object value) {
        return new Condition.Compare(field, op, value);
    }

    /** Case data with one field present but null, which {@link Map#of} cannot hold. */
    private static Map<String, Object> data(String field, Object value) {
        var data = new HashMap<String, Object>();
        data.put(field, value);
        return data;
    }
}
