package org.casework.definition.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A sub-process: the processes it starts cases of, as rows (the process, the fields copied into the child, the
 * answers copied back, and the field that keeps the child's outcome), whether the case waits for them, and the next
 * step.
 */
@Component
@Order(10)
class SubProcessStepForm implements StepForm {

    /** One process to start, as the template draws it. */
    record ChildRow(String path, int number, String process, String fields, String returns, String outcomeField) {}

    @Override
    public String kind() {
        return "sub-process";
    }

    @Override
    public String title() {
        return "Sub-process";
    }

    @Override
    public String hint() {
        return "Starts a case of one or more other processes, copying fields in and their answers back, and can wait"
                + " for them to end.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.SubProcess;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.SubProcess(
                basics.key(),
                basics.name(),
                basics.stage(),
                List.of(new Step.ChildProcess(null, null, null, null)),
                null,
                null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var children = new ArrayList<Step.ChildProcess>();
        for (var i : form.indexes("processes")) {
            var path = "processes[" + i + "]";
            if (edit.is("remove", path)) continue;
            var process = form.text(path + ".process");
            var fields = mapping(form, path + ".fields", errors, "the new case's field = this case's field");
            var returns = mapping(form, path + ".returns", errors, "this case's field = the new case's field");
            var outcome = form.text(path + ".outcomeField");
            var blank = process == null && fields.isEmpty() && returns.isEmpty() && outcome == null;
            if (blank && !edit.any()) continue;
            children.add(new Step.ChildProcess(process, fields, returns, outcome));
        }
        if (edit.is("add-process", "processes")) children.add(new Step.ChildProcess(null, null, null, null));
        return new Step.SubProcess(
                basics.key(),
                basics.name(),
                basics.stage(),
                children,
                form.checked("wait") ? null : false,
                form.text("next"));
    }

    /** Lines of "field = field"; a line without "=" is a typing slip said beside the box. */
    private static Map<String, String> mapping(FormValues form, String name, Map<String, String> errors, String how) {
        var mapping = new LinkedHashMap<String, String>();
        for (var line : form.lines(name)) {
            var equals = line.indexOf('=');
            if (equals <= 0 || equals == line.length() - 1) {
                errors.put(name, "Write each line as " + how);
                continue;
            }
            mapping.put(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
        }
        return mapping;
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        model.put("children", rows((Step.SubProcess) step));
        model.put(
                "outcomeFieldChoices",
                Choices.fields(
                        definition, field -> field.type() == FieldType.TEXT || field.type() == FieldType.CHOICE));
    }

    private static List<ChildRow> rows(Step.SubProcess step) {
        var all = new ArrayList<>(step.processes());
        if (all.isEmpty()) all.add(new Step.ChildProcess(null, null, null, null));
        var rows = new ArrayList<ChildRow>();
        for (int i = 0; i < all.size(); i++) {
            var child = all.get(i);
            rows.add(new ChildRow(
                    "processes[" + i + "]",
                    i + 1,
                    child.process(),
                    lines(child.fields()),
                    lines(child.returns()),
                    child.outcomeField()));
        }
        return rows;
    }

    private static String lines(Map<String, String> mapping) {
        var lines = new ArrayList<String>();
        mapping.forEach((to, from) -> lines.add(to + " = " + from));
        return String.join("\n", lines);
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        var anchors = new ArrayList<>(List.of("processes", "wait", "next"));
        for (var row : rows((Step.SubProcess) step)) {
            anchors.add(row.path());
            anchors.add(row.path() + ".process");
            anchors.add(row.path() + ".fields");
            anchors.add(row.path() + ".returns");
            anchors.add(row.path() + ".outcomeField");
        }
        return anchors;
    }
}
