package org.casework.definition.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An API step: the call to another system (method, URL, headers as rows, body), which fields take which parts of its
 * answer (rows of field and JSONPath), how long to wait and how often to try, who takes over when it keeps failing,
 * and whether the other system calls back. Rows are added and removed by buttons that redraw the form.
 */
@Component
@Order(7)
class ApiStepForm implements StepForm {

    static final List<Choice> METHODS = List.of(
            new Choice("GET", "GET"),
            new Choice("POST", "POST"),
            new Choice("PUT", "PUT"),
            new Choice("PATCH", "PATCH"),
            new Choice("DELETE", "DELETE"));

    /** The validator names a map's entry as a property: plainly when it can, else in brackets and quotes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One row of a map (a header, or a field and its JSONPath) as the template draws it: its inputs are named by its
     * position ({@code path}), its problems come by the entry's name ({@code anchor}).
     */
    record Row(String path, String anchor, int number, String name, String value) {}

    @Override
    public String kind() {
        return "api";
    }

    @Override
    public String title() {
        return "API call";
    }

    @Override
    public String hint() {
        return "Calls another system, such as the revenues system, and puts parts of its answer into fields.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Api;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Api(
                basics.key(),
                basics.name(),
                basics.stage(),
                new Step.Api.Request("GET", null, null, null),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var headers = rows(form, edit, "request.headers", "name", "value", "add-header", errors, "header");
        var response = rows(form, edit, "response", "field", "path", "add-mapping", errors, "field");
        return new Step.Api(
                basics.key(),
                basics.name(),
                basics.stage(),
                new Step.Api.Request(form.text("request.method"), form.text("request.url"), headers, body(form)),
                response,
                form.integer("timeoutSeconds", errors, "The time to wait"),
                form.integer("attempts", errors, "The number of attempts"),
                form.text("failureTeam"),
                form.checked("waitForCallback") ? true : null,
                form.text("next"));
    }

    /** The body as typed: its line breaks and indentation are part of what is sent. */
    private static String body(FormValues form) {
        var body = form.values().getFirst("request.body");
        return body == null || body.isBlank() ? null : body.stripTrailing();
    }

    /**
     * The rows under {@code prefix} as a map in their order. On a save, rows left wholly blank are dropped; while the
     * form is being reshaped one blank row is kept (a map holds one entry without a name), so "add another" adds one.
     */
    private static Map<String, String> rows(
            FormValues form,
            Edit edit,
            String prefix,
            String nameInput,
            String valueInput,
            String addVerb,
            Map<String, String> errors,
            String what) {
        var rows = new LinkedHashMap<String, String>();
        for (var i : form.indexes(prefix)) {
            var path = prefix + "[" + i + "]";
            if (edit.is("remove", path)) continue;
            var name = form.text(path + "." + nameInput);
            var value = form.text(path + "." + valueInput);
            if (name == null && value == null && !edit.any()) continue;
            var key = name == null ? "" : name;
            if (rows.containsKey(key) && !key.isEmpty()) {
                errors.put(path + "." + nameInput, "There are two rows for the " + what + " ‘" + key + "’");
            }
            if (!rows.containsKey(key) || value != null) rows.put(key, value);
        }
        if (edit.is(addVerb, prefix)) rows.putIfAbsent("", null);
        return rows;
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        var api = (Step.Api) step;
        model.put("methodChoices", METHODS);
        model.put("request", api.request() == null ? new Step.Api.Request(null, null, null, null) : api.request());
        model.put("headerRows", views(headers(api), "request.headers"));
        model.put("responseRows", views(api.response(), "response"));
        model.put("placeholders", placeholders(definition));
        model.put(
                "urlHint",
                "Starting with https:// and the other system's host, such as"
                        + " https://revenues.example/accounts/{{account-number}}");
        model.put(
                "bodyHint",
                "Optional, for POST, PUT or PATCH: usually JSON, such as {\"account\": \"{{account-number}}\"}");
    }

    private static Map<String, String> headers(Step.Api api) {
        return api.request() == null ? Map.of() : api.request().headers();
    }

    /** The rows to draw: one blank one when there are none, so the first is typed straight in. */
    private static List<Row> views(Map<String, String> entries, String prefix) {
        var rows = new ArrayList<Row>();
        var all = new LinkedHashMap<>(entries);
        if (all.isEmpty()) all.put("", null);
        all.forEach((name, value) -> {
            var i = rows.size();
            var path = prefix + "[" + i + "]";
            var anchor = name.isEmpty() && entries.isEmpty() ? path : prefix + property(name);
            rows.add(new Row(path, anchor, i + 1, name.isEmpty() ? null : name, value));
        });
        return rows;
    }

    /** The path the validator gives an entry of a map, relative to the map. */
    private static String property(String name) {
        if (PLAIN_NAME.matcher(name).matches()) return "." + name;
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** What can go inside {{ }}, for the hint beside the URL, headers and body. */
    private static String placeholders(ProcessDefinition definition) {
        var fields = Choices.fields(definition).stream()
                .map(field -> "{{" + field.code() + "}}")
                .toList();
        return "Placeholders: {{caseReference}} for the case's reference, {{callbackUrl}} for the address the other"
                + " system calls back (only when the step waits for it), {{secret:name}} for a stored secret"
                + (fields.isEmpty() ? "" : ", and a field's answer: " + String.join(", ", fields));
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        var api = (Step.Api) step;
        var anchors = new ArrayList<>(List.of(
                "request",
                "request.method",
                "request.url",
                "request.headers",
                "request.body",
                "response",
                "timeoutSeconds",
                "attempts",
                "failureTeam",
                "waitForCallback",
                "next"));
        for (var row : views(headers(api), "request.headers")) anchors.add(row.anchor());
        for (var row : views(api.response(), "response")) anchors.add(row.anchor());
        return anchors;
    }
}
