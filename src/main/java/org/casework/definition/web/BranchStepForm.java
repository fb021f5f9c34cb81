package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A branch: routes, each a condition built by picking (or written in FEEL) and the step it leads to, tried in order,
 * and where the case goes when none holds.
 */
@Component
@Order(3)
class BranchStepForm implements StepForm {

    /** One route as the template draws it. */
    record RouteView(String path, int number, ConditionForm.Node when, String next) {}

    @Override
    public String kind() {
        return "branch";
    }

    @Override
    public String title() {
        return "Branch";
    }

    @Override
    public String hint() {
        return "Sends the case one way or another depending on its fields, such as the decision of a task.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Branch;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Branch(basics.key(), basics.name(), basics.stage(), List.of(new Step.Route(null, null)), null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var conditions = new ConditionForm(definition);
        var routes = new ArrayList<Step.Route>();
        for (var i : form.indexes("routes")) {
            var path = "routes[" + i + "]";
            if (edit.is("remove", path)) continue;
            var when = conditions.read(form, path + ".when", edit);
            if (!edit.any()) when = ConditionForm.withoutBlanks(when);
            routes.add(new Step.Route(when, form.text(path + ".next")));
        }
        if (edit.is("add-route", "routes")) routes.add(new Step.Route(null, null));
        return new Step.Branch(basics.key(), basics.name(), basics.stage(), routes, form.text("otherwise"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        model.put("routes", routes((Step.Branch) step, definition));
    }

    private static List<RouteView> routes(Step.Branch branch, ProcessDefinition definition) {
        var conditions = new ConditionForm(definition);
        var views = new ArrayList<RouteView>();
        for (int i = 0; i < branch.routes().size(); i++) {
            var route = branch.routes().get(i);
            var path = "routes[" + i + "]";
            views.add(new RouteView(path, i + 1, conditions.view(route.when(), path + ".when"), route.next()));
        }
        return views;
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        var anchors = new ArrayList<>(List.of("routes", "otherwise"));
        for (var route : routes((Step.Branch) step, definition)) {
            anchors.add(route.path());
            anchors.add(route.path() + ".next");
            ConditionForm.anchors(route.when(), anchors);
        }
        return anchors;
    }
}
