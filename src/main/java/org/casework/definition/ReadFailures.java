package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's reading failures into a path and a reason an author can act on. Jackson's own messages name Java
 * classes; these name the document's properties.
 */
final class ReadFailures {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"(.*)\"");

    private ReadFailures() {}

    static DefinitionUnreadable explain(JacksonException failure, DocumentFormat format) {
        var path = pathOf(failure);
        return new DefinitionUnreadable(path.location().text(), reason(failure, path, format), failure);
    }

    private static String reason(JacksonException failure, Located path, DocumentFormat format) {
        var message = firstLine(failure.getOriginalMessage());
        if (message.startsWith("Trailing token")) return "there is more after the end of the definition";
        if (message.startsWith("No content to map")) return "the document is empty";
        return switch (failure) {
            case UnrecognizedPropertyException unknown ->
                "unknown property '" + unknown.getPropertyName() + "'"
                        + suggestion(unknown.getPropertyName(), unknown.getKnownPropertyIds());
            case InvalidTypeIdException typeId -> typeReason(typeId, path);
            case InvalidNullException ignored -> path.subject() + " must have a value, not null";
            case MismatchedInputException mismatch ->
                mismatch.getTargetType() == null
                        ? message
                        : path.subject() + " must be " + expected(mismatch.getTargetType());
            case ValueInstantiationException instantiation -> {
                var cause = instantiation.getCause();
                var detail = cause == null || cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage());
                yield path.subject() + " cannot be read" + detail;
            }
            case StreamConstraintsException ignored -> "the document is too large or too deeply nested";
            case StreamReadException syntax -> syntaxReason(syntax, message, format);
            default -> message;
        };
    }

    private static String typeReason(InvalidTypeIdException failure, Located path) {
        var base = failure.getBaseType().getRawClass();
        var typeInfo = base.getAnnotation(JsonTypeInfo.class);
        var subtypes = base.getAnnotation(JsonSubTypes.class);
        if (typeInfo == null || subtypes == null) return path.subject() + " is not a kind Casework knows";
        if (typeInfo.use() == JsonTypeInfo.Id.DEDUCTION) {
            var distinguishing = Arrays.stream(subtypes.value())
                    .map(t -> t.value().getRecordComponents())
                    .filter(c -> c != null && c.length > 0)
                    .map(c -> c[0].getName())
                    .collect(Collectors.joining(", "));
            return path.subject() + " must be an object with one of: " + distinguishing;
        }
        var names = Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
        var property = "'" + typeInfo.property() + "'";
        if (failure.getTypeId() == null) return property + " is missing: it must be one of " + names;
        return property + " must be one of " + names;
    }

    private static String syntaxReason(StreamReadException failure, String message, DocumentFormat format) {
        var duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) return "property '" + duplicate.group(1) + "' appears twice";
        if (failure.getCause() instanceof MarkedYamlEngineException yaml) {
            var where = yaml.getProblemMark()
                    .map(mark -> " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")")
                    .orElse("");
            return "the text is not valid YAML: " + yaml.getProblem() + where;
        }
        var location = failure.getLocation();
        var where = location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return "the text is not valid " + format + ": " + decapitalise(message) + where;
    }

    /** The path Jackson recorded while binding, or where the parser had got to when the text itself was wrong. */
    private static Located pathOf(JacksonException failure) {
        var segments = new ArrayList<Object>();
        for (var reference : failure.getPath()) {
            if (reference.getPropertyName() != null) segments.add(reference.getPropertyName());
            else if (reference.getIndex() >= 0) segments.add(reference.getIndex());
        }
        if (segments.isEmpty()
                && failure instanceof StreamReadException
                && failure.processor() instanceof JsonParser p) {
            for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inObject() && c.currentName() != null) segments.addFirst(c.currentName());
                else if (c.inArray() && c.hasCurrentIndex()) segments.addFirst(c.getCurrentIndex());
            }
            // A repeated property is the place itself; other slips lie somewhere after the last name read.
            var duplicate =
                    DUPLICATE.matcher(firstLine(failure.getOriginalMessage())).find();
            if (!duplicate && !segments.isEmpty() && segments.getLast() instanceof String) segments.removeLast();
        }
        if (failure instanceof InvalidTypeIdException typeId) {
            var typeInfo = typeId.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            if (typeInfo != null && typeInfo.use() == JsonTypeInfo.Id.NAME) segments.add(typeInfo.property());
        }
        return new Located(segments);
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) return "one of " + String.join(", ", enumNames(type));
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        if (type == String.class) return "text";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class)
            return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == Duration.class) return "an ISO-8601 duration such as PT2H or P3D";
        if (type == ProcessDefinition.class) return "an object holding a process definition";
        return "an object";
    }

    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> {
                    var name = ((Enum<?>) constant).name();
                    try {
                        var property = type.getField(name).getAnnotation(JsonProperty.class);
                        return property == null ? name : property.value();
                    } catch (NoSuchFieldException e) {
                        return name;
                    }
                })
                .toList();
    }

    /** Names a close known property, since most unknown properties are typing slips. */
    private static String suggestion(String unknown, Collection<Object> known) {
        if (known == null) return "";
        return known.stream()
                .map(String::valueOf)
                .filter(k -> distance(unknown.toLowerCase(), k.toLowerCase()) <= 2)
                .min((a, b) -> distance(unknown, a) - distance(unknown, b))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String firstLine(String message) {
        if (message == null) return "the document cannot be read";
        var newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static String decapitalise(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A path as segments (property names and list indexes), and how to name its last step in a sentence. */
    private record Located(List<Object> segments) {

        DocumentPath location() {
            var path = DocumentPath.ROOT;
            for (var segment : segments) {
                path = segment instanceof Integer index ? path.index(index) : path.property((String) segment);
            }
            return path;
        }

        String subject() {
            if (segments.isEmpty()) return "the document";
            var last = segments.getLast();
            if (last instanceof String name) return "'" + name + "'";
            if (segments.size() > 1 && segments.get(segments.size() - 2) instanceof String list)
                return "each entry of '" + list + "'";
            return "each entry";
        }
    }
}
