package org.casework.definition.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;

/**
 * The editor of one kind of step: a small form-binding class and a small template fragment ({@code
 * templates/definition/steps/<kind>.html}, fragment {@code form}). The steps page draws and reads what every step has
 * (key, name, stage) and leaves the rest to the kind's form, so adding a kind of step to the designer is one class
 * and one fragment.
 */
interface StepForm {

    /** The kind as definitions name it, such as {@code information-request}. */
    String kind();

    /** What the kind is called on the page, such as "Information request". */
    String title();

    /** One sentence on when to use it, shown when choosing a kind. */
    String hint();

    /** Whether this form edits the step. */
    boolean edits(Step step);

    /** A new step of this kind, before the author fills it in. */
    Step blank(StepBasics basics);

    /**
     * The step the submitted form describes, with the edit (a button that adds or removes part of the form) applied;
     * typing slips go into {@code errors} by input name.
     */
    Step bind(StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors);

    /** What the kind's fragment needs to draw the step, added to {@code model}. */
    void show(Step step, ProcessDefinition definition, Map<String, Object> model);

    /** The names of the inputs the fragment draws, so each validation problem can be put beside one. */
    List<String> anchors(Step step, ProcessDefinition definition);

    /** What every step has, read by the steps page. */
    record StepBasics(String key, String name, String stage) {}
}
