package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import java.util.HashSet;

/**
 * Checks a process's online form: pages with keys, questions that are the process's fields (each asked once), page
 * conditions that only test fields asked on earlier pages, and every field a citizen must give asked somewhere.
 */
final class FormRules {

    private final ProcessDefinition definition;
    private final ConditionRules conditions;

    FormRules(ProcessDefinition definition, ConditionRules conditions) {
        this.definition = definition;
        this.conditions = conditions;
    }

    void check(Problems problems) {
        var form = definition.form();
        if (form == null) return;
        var path = DocumentPath.ROOT.property("form");
        if (form.pages().isEmpty()) {
            problems.add(path.property("pages"), "The online form has no pages: add a page for each question");
            return;
        }
        var pageKeys = new HashSet<String>();
        var asked = new HashSet<String>();
        for (int i = 0; i < form.pages().size(); i++) {
            var page = form.pages().get(i);
            var at = path.property("pages").index(i);
            var name = isBlank(page.key()) ? "Page " + (i + 1) : "Page '" + page.key() + "'";
            if (isBlank(page.key())) {
                problems.add(at.property("key"), name + " has no key: give it one such as 'about-you'");
            } else if (!pageKeys.add(page.key())) {
                problems.add(at.property("key"), name + " is used twice: each page needs its own key");
            }
            if (page.questions().isEmpty()) {
                problems.add(at.property("questions"), name + " asks nothing: add a field to its questions");
            }
            if (page.questions().size() > 1 && isBlank(page.title())) {
                problems.add(at.property("title"), name + " asks several questions: give it a title");
            }
            if (page.showIf() != null) {
                conditions.check(
                        page.showIf(), at.property("showIf"), name.toLowerCase(java.util.Locale.ROOT), problems);
                for (var tested : testedFields(page.showIf())) {
                    if (definition.field(tested).isPresent() && !asked.contains(tested)) {
                        problems.add(
                                at.property("showIf"),
                                name + " depends on '" + tested + "', which no earlier page asks for");
                    }
                }
            }
            for (int j = 0; j < page.questions().size(); j++) {
                var question = page.questions().get(j);
                if (definition.field(question).isEmpty()) {
                    problems.add(
                            at.property("questions").index(j),
                            name + " asks for '" + question + "', which is not one of the process's fields");
                } else if (!asked.add(question)) {
                    problems.add(
                            at.property("questions").index(j),
                            name + " asks for '" + question + "' again: ask each field once");
                } else if (page.questions().size() > 1
                        && definition.field(question).get().type() == FieldType.ADDRESS) {
                    // Finding an address by postcode is a question and its own buttons: it needs the page to itself.
                    problems.add(
                            at.property("questions").index(j),
                            name + " asks for the address '" + question
                                    + "' with other questions: give an address question a page of its own");
                }
            }
        }
        for (var field : definition.fields()) {
            if (field.mandatory() && !asked.contains(field.key())) {
                problems.add(
                        path.property("pages"),
                        "The online form never asks for '" + field.key()
                                + "', which every case needs: add it to a page");
            }
        }
    }

    /** The fields a structured condition compares (a FEEL expression's are not picked apart). */
    private static java.util.List<String> testedFields(Condition condition) {
        return switch (condition) {
            case Condition.Compare compare ->
                compare.field() == null ? java.util.List.of() : java.util.List.of(compare.field());
            case Condition.All all ->
                all.all().stream().flatMap(c -> testedFields(c).stream()).toList();
            case Condition.Any any ->
                any.any().stream().flatMap(c -> testedFields(c).stream()).toList();
            case Condition.Not not -> not.not() == null ? java.util.List.of() : testedFields(not.not());
            case Condition.Feel feel -> java.util.List.of();
        };
    }
}
