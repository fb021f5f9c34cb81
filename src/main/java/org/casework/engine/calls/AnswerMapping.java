package org.casework.engine.calls;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.Step;

/**
 * Reads an answer's JSON into case fields by the step's JSONPaths (Jayway JsonPath with its own json-smart parser). A
 * path that finds nothing leaves its field alone; a number or yes/no read into a text field becomes its text, since
 * other systems rarely share our idea of a field's type. What the values must be is then the engine's usual check.
 */
public final class AnswerMapping {

    private static final Configuration JSON = Configuration.defaultConfiguration();

    private AnswerMapping() {}

    /** The answer cannot be read: it is not JSON. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    public static Map<String, Object> fields(Step.Api step, List<FieldDefinition> fields, String json)
            throws Unreadable {
        var found = new LinkedHashMap<String, Object>();
        if (step.response().isEmpty()) return found;
        Object document;
        try {
            document = JSON.jsonProvider().parse(json == null || json.isBlank() ? "null" : json);
        } catch (InvalidJsonException e) {
            throw new Unreadable("the answer was not JSON");
        }
        if (document == null) throw new Unreadable("the answer had no JSON body");
        step.response().forEach((field, path) -> {
            try {
                var value = JsonPath.using(JSON).parse(document).read(path);
                found.put(field, fit(value, typeOf(fields, field)));
            } catch (PathNotFoundException e) {
                // Nothing there: the field keeps what it had.
            }
        });
        return found;
    }

    private static FieldType typeOf(List<FieldDefinition> fields, String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .map(FieldDefinition::type)
                .findFirst()
                .orElse(FieldType.TEXT);
    }

    private static Object fit(Object value, FieldType type) {
        if (value == null) return null;
        return switch (type) {
            case NUMBER, BOOLEAN, CHOICES -> value instanceof Collection<?> list ? List.copyOf(list) : value;
            default ->
                value instanceof Number || value instanceof Boolean
                        ? String.valueOf(value)
                        : value instanceof Collection<?> list
                                ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                : value;
        };
    }
}
