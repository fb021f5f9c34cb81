package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A checklist: who does it (allocated as a task is, with the same inputs), the items to tick as rows of key, label and
 * whether a document must back it up, the target and the next step.
 */
@Component
@Order(9)
class ChecklistStepForm implements StepForm {

    static final List<Choice> EVIDENCE = List.of(
            new Choice("none", "No document"),
            new Choice("optional", "A document may back it up"),
            new Choice("required", "A document must back it up"));

    /** One item as the template draws it. */
    record ItemView(String path, int number, String key, String label, String evidence) {}

    @Override
    public String kind() {
        return "checklist";
    }

    @Override
    public String title() {
        return "Checklist";
    }

    @Override
    public String hint() {
        return "Things an officer must tick before the case moves on, each perhaps backed up by a document.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Checklist;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Checklist(
                basics.key(),
                basics.name(),
                basics.stage(),
                null,
                List.of(new Step.ChecklistItem(null, null, null)),
                null,
                null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var items = new ArrayList<Step.ChecklistItem>();
        for (var i : form.indexes("items")) {
            var path = "items[" + i + "]";
            if (edit.is("remove", path)) continue;
            var key = form.text(path + ".key");
            var label = form.text(path + ".label");
            if (key == null && label == null && !edit.any()) continue;
            items.add(new Step.ChecklistItem(key, label, evidence(form.text(path + ".evidence"))));
        }
        if (edit.is("add-item", "items")) items.add(new Step.ChecklistItem(null, null, null));
        return new Step.Checklist(
                basics.key(),
                basics.name(),
                basics.stage(),
                AllocationForm.read(form, edit, new ConditionForm(definition)),
                items,
                form.integer("targetWorkingDays", errors, "The target"),
                form.text("next"));
    }

    private static Step.Evidence evidence(String code) {
        if ("required".equals(code)) return Step.Evidence.REQUIRED;
        if ("optional".equals(code)) return Step.Evidence.OPTIONAL;
        return Step.Evidence.NONE;
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        var checklist = (Step.Checklist) step;
        model.put("allocation", AllocationForm.view(checklist.allocation(), new ConditionForm(definition)));
        model.put("allocationKinds", AllocationForm.KINDS);
        model.put("items", items(checklist));
        model.put("evidenceChoices", EVIDENCE);
    }

    private static List<ItemView> items(Step.Checklist checklist) {
        var all = new ArrayList<>(checklist.items());
        if (all.isEmpty()) all.add(new Step.ChecklistItem(null, null, null));
        var views = new ArrayList<ItemView>();
        for (int i = 0; i < all.size(); i++) {
            var item = all.get(i);
            views.add(new ItemView(
                    "items[" + i + "]",
                    i + 1,
                    item.key(),
                    item.label(),
                    item.evidence().name().toLowerCase()));
        }
        return views;
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        var checklist = (Step.Checklist) step;
        var anchors = new ArrayList<>(List.of("items", "targetWorkingDays", "next"));
        for (var item : items(checklist)) {
            anchors.add(item.path());
            anchors.add(item.path() + ".key");
            anchors.add(item.path() + ".label");
            anchors.add(item.path() + ".evidence");
        }
        anchors.addAll(
                AllocationForm.anchors(AllocationForm.view(checklist.allocation(), new ConditionForm(definition))));
        return anchors;
    }
}
