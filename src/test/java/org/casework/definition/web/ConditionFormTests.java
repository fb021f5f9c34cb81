package org.casework.definition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casework.definition.Condition;
import org.casework.definition.Condition.Operator;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The condition builder reads a nested condition back from the inputs it drew, with values typed as the field holds
 * them, changes the tree's shape when its buttons are pressed, and offers comparisons that suit each field.
 */
class ConditionFormTests {

    private final ProcessDefinition definition = new ProcessDefinition(
            "report",
            "Report",
            null,
            null,
            null,
            null,
            null,
            List.of(
                    new FieldDefinition(
                            "category", "Category", FieldType.CHOICE, false, List.of("pothole", "other"), null),
                    new FieldDefinition("depth", "Depth", FieldType.NUMBER, false, null, null),
                    new FieldDefinition("near-school", "Near a school", FieldType.BOOLEAN, false, null, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    private final ConditionForm conditions = new ConditionForm(definition);

    private static FormValues form(String... namesAndValues) {
        var values = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.add(namesAndValues[i], namesAndValues[i + 1]);
        return new FormValues(values);
    }

    private final FormValues nested = form(
            "when.kind", "all",
            "when.all[0].kind", "compare",
            "when.all[0].field", "category",
            "when.all[0].op", "equals",
            "when.all[0].value", "pothole",
            "when.all[1].kind", "compare",
            "when.all[1].field", "depth",
            "when.all[1].op", "between",
            "when.all[1].value", "50, 300",
            "when.all[3].kind", "any",
            "when.all[3].any[0].kind", "compare",
            "when.all[3].any[0].field", "near-school",
            "when.all[3].any[0].op", "equals",
            "when.all[3].any[0].value", "true",
            "when.all[3].any[1].kind", "feel",
            "when.all[3].any[1].feel", "depth > 300");

    @Test
    void aNestedConditionIsReadBackWithValuesTypedAsTheirFieldsHoldThem() {
        var read = conditions.read(nested, "when", Edit.NONE);

        assertThat(read)
                .isEqualTo(new Condition.All(List.of(
                        new Condition.Compare("category", Operator.EQUALS, "pothole"),
                        new Condition.Compare("depth", Operator.BETWEEN, List.of(50L, 300L)),
                        new Condition.Any(List.of(
                                new Condition.Compare("near-school", Operator.EQUALS, true),
                                new Condition.Feel("depth > 300"))))));
    }

    @Test
    void theBuildersButtonsAddToAGroupAndRemoveANode() {
        var added = conditions.read(nested, "when", Edit.parse("add-compare@when.all[3]"));
        assertThat(((Condition.Any) ((Condition.All) added).all().get(2)).any())
                .hasSize(3)
                .last()
                .isEqualTo(new Condition.Compare(null, null, null));

        var removed = conditions.read(nested, "when", Edit.parse("remove@when.all[1]"));
        assertThat(((Condition.All) removed).all()).hasSize(2);

        var started = conditions.read(form(), "when", Edit.parse("add-any@when"));
        assertThat(started).isEqualTo(new Condition.Any(List.of(new Condition.Compare(null, null, null))));
    }

    @Test
    void eachFieldIsOfferedTheComparisonsAndValuesThatSuitIt() {
        var category = definition.field("category").orElseThrow();
        var depth = definition.field("depth").orElseThrow();

        assertThat(ConditionForm.operatorsFor(category))
                .extracting(Choice::code)
                .containsExactly("equals", "not-equals", "one-of", "is-empty", "is-not-empty");
        assertThat(ConditionForm.operatorsFor(depth)).extracting(Choice::code).contains("greater-than", "between");
        assertThat(ConditionForm.valuesFor(category, Operator.EQUALS))
                .extracting(Choice::label)
                .containsExactly("Pothole", "Other");
    }

    @Test
    void eachValidationProblemGoesBesideTheInputItIsAbout() {
        var node = conditions.view(conditions.read(nested, "when", Edit.NONE), "routes[0].when");
        var anchors = new java.util.ArrayList<>(List.of("routes", "otherwise"));
        ConditionForm.anchors(node, anchors);
        var problems = List.of(
                new org.casework.definition.ValidationProblem(
                        "$.steps[2].routes[0].when.all[1].value", "uses 'greater-than' without a value"),
                new org.casework.definition.ValidationProblem(
                        "$.steps[2].routes[0].when.all[0].any", "has an empty 'any'"),
                new org.casework.definition.ValidationProblem("$.steps[1].otherwise", "another step's problem"));

        assertThat(ProblemPlaces.place(problems, "$.steps[2]", anchors, "name"))
                .containsExactly(
                        java.util.Map.entry("routes[0].when.all[1].value", "uses 'greater-than' without a value"),
                        java.util.Map.entry("routes[0].when.all[0]", "has an empty 'any'"));
    }
}
