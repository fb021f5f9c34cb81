package org.casework.definition.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.definition.Condition;
import org.casework.definition.Condition.Operator;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;

/**
 * The condition builder: a condition tree as form inputs and back. Each node at input path {@code P} sends its kind
 * as {@code P.kind}; a comparison sends {@code P.field}, {@code P.op} and {@code P.value}; an all/any group's members
 * are at {@code P.all[i]} or {@code P.any[i]}; a FEEL condition's text is {@code P.feel}. These are the paths the
 * validator reports problems at, so each problem lands beside its input. Buttons add comparisons, nested groups and
 * FEEL expressions, or remove a node, by sending an {@link Edit} for its path.
 */
final class ConditionForm {

    /** What the operators read as in the builder, in the order offered. */
    private static final List<Choice> OPERATORS = List.of(
            new Choice("equals", "is"),
            new Choice("not-equals", "is not"),
            new Choice("greater-than", "is more than"),
            new Choice("less-than", "is less than"),
            new Choice("between", "is between (low, high)"),
            new Choice("one-of", "is one of (separate with commas)"),
            new Choice("contains", "contains"),
            new Choice("is-empty", "is empty"),
            new Choice("is-not-empty", "is not empty"));

    private final ProcessDefinition definition;

    ConditionForm(ProcessDefinition definition) {
        this.definition = definition;
    }

    /** One node of the tree as the template draws it. */
    record Node(
            String path,
            String kind,
            String field,
            String op,
            String value,
            String feel,
            List<Node> children,
            List<Choice> operators,
            List<Choice> values,
            boolean root) {

        public boolean group() {
            return "all".equals(kind) || "any".equals(kind);
        }

        /** The input path of the group's members. */
        public String members() {
            return path + "." + kind;
        }
    }

    /** The condition the form holds at {@code path} (null for none), with the edit applied if it is about it. */
    Condition read(FormValues form, String path, Edit edit) {
        var kind = form.text(path + ".kind");
        Condition node = switch (kind == null ? "" : kind) {
            case "compare" -> compare(form, path);
            case "all" -> new Condition.All(members(form, path + ".all", edit));
            case "any" -> new Condition.Any(members(form, path + ".any", edit));
            case "not" -> notOf(form, path, edit);
            case "feel" -> new Condition.Feel(rawText(form, path + ".feel"));
            default -> null;
        };
        if (edit.is("remove", path)) return null;
        var added = fresh(edit, path);
        if (added == null) return node;
        return switch (node) {
            case null -> added;
            case Condition.All all -> new Condition.All(append(all.all(), added));
            case Condition.Any any -> new Condition.Any(append(any.any(), added));
            default -> node;
        };
    }

    /** Comparisons with nothing picked are left out when saving: they would say nothing. */
    static Condition withoutBlanks(Condition condition) {
        return switch (condition) {
            case null -> null;
            case Condition.Compare compare ->
                compare.field() == null && compare.op() == null && compare.value() == null ? null : compare;
            case Condition.All all -> new Condition.All(withoutBlanks(all.all()));
            case Condition.Any any -> new Condition.Any(withoutBlanks(any.any()));
            case Condition.Not not -> new Condition.Not(withoutBlanks(not.not()));
            case Condition.Feel feel -> feel;
        };
    }

    private static List<Condition> withoutBlanks(List<Condition> conditions) {
        var kept = new ArrayList<Condition>();
        for (var condition : conditions) {
            var clean = withoutBlanks(condition);
            if (clean != null) kept.add(clean);
        }
        return kept;
    }

    private Condition notOf(FormValues form, String path, Edit edit) {
        var inner = read(form, path + ".not", edit);
        return new Condition.Not(inner);
    }

    private List<Condition> members(FormValues form, String list, Edit edit) {
        var members = new ArrayList<Condition>();
        for (var i : form.indexes(list)) {
            var member = read(form, list + "[" + i + "]", edit);
            if (member != null) members.add(member);
        }
        return members;
    }

    private static List<Condition> append(List<Condition> members, Condition added) {
        var all = new ArrayList<>(members);
        all.add(added);
        return all;
    }

    private static Condition fresh(Edit edit, String path) {
        if (!path.equals(edit.path())) return null;
        return switch (edit.verb()) {
            case "add-compare" -> new Condition.Compare(null, null, null);
            case "add-all" -> new Condition.All(List.of(new Condition.Compare(null, null, null)));
            case "add-any" -> new Condition.Any(List.of(new Condition.Compare(null, null, null)));
            case "add-feel" -> new Condition.Feel("");
            default -> null;
        };
    }

    private static String rawText(FormValues form, String name) {
        var text = form.values().getFirst(name);
        return text == null ? "" : text.strip();
    }

    private Condition.Compare compare(FormValues form, String path) {
        var fieldKey = form.text(path + ".field");
        var op = operator(form.text(path + ".op"));
        var field = fieldKey == null ? null : definition.field(fieldKey).orElse(null);
        return new Condition.Compare(fieldKey, op, value(field, op, form.text(path + ".value")));
    }

    static Operator operator(String name) {
        if (name == null) return null;
        return Arrays.stream(Operator.values())
                .filter(op -> name(op).equals(name))
                .findFirst()
                .orElse(null);
    }

    static String name(Operator op) {
        return op == null ? null : op.name().toLowerCase().replace('_', '-');
    }

    /** The typed value as the field holds it: numbers as numbers, yes/no as true/false, lists split at commas. */
    private static Object value(FieldDefinition field, Operator op, String text) {
        if (text == null || (op != null && !op.needsValue())) return null;
        if (op == Operator.BETWEEN || op == Operator.ONE_OF) {
            return Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(part -> !part.isEmpty())
                    .map(part -> scalar(field, part))
                    .toList();
        }
        return scalar(field, text);
    }

    private static Object scalar(FieldDefinition field, String text) {
        if (field == null) return text;
        switch (field.type()) {
            case NUMBER -> {
                try {
                    var number = new BigDecimal(text);
                    return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number;
                } catch (NumberFormatException | ArithmeticException notWhole) {
                    return text;
                }
            }
            case BOOLEAN -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) return Boolean.TRUE;
                if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) return Boolean.FALSE;
                return text;
            }
            default -> {
                return text;
            }
        }
    }

    /** The tree as the template draws it; a missing condition is an empty root with its "add" buttons. */
    Node view(Condition condition, String path) {
        return view(condition, path, true);
    }

    private Node view(Condition condition, String path, boolean root) {
        return switch (condition) {
            case null -> new Node(path, "", null, null, null, null, List.of(), List.of(), List.of(), root);
            case Condition.Compare compare -> compareNode(compare, path, root);
            case Condition.All all -> groupNode("all", all.all(), path, root);
            case Condition.Any any -> groupNode("any", any.any(), path, root);
            case Condition.Not not ->
                new Node(
                        path,
                        "not",
                        null,
                        null,
                        null,
                        null,
                        List.of(view(not.not(), path + ".not", false)),
                        List.of(),
                        List.of(),
                        root);
            case Condition.Feel feel ->
                new Node(path, "feel", null, null, null, feel.feel(), List.of(), List.of(), List.of(), root);
        };
    }

    private Node groupNode(String kind, List<Condition> members, String path, boolean root) {
        var children = new ArrayList<Node>();
        for (int i = 0; i < members.size(); i++) {
            children.add(view(members.get(i), path + "." + kind + "[" + i + "]", false));
        }
        return new Node(path, kind, null, null, null, null, children, List.of(), List.of(), root);
    }

    private Node compareNode(Condition.Compare compare, String path, boolean root) {
        var field = compare.field() == null
                ? null
                : definition.field(compare.field()).orElse(null);
        return new Node(
                path,
                "compare",
                compare.field(),
                name(compare.op()),
                show(compare.value()),
                null,
                List.of(),
                operatorsFor(field),
                valuesFor(field, compare.op()),
                root);
    }

    private static String show(Object value) {
        if (value == null) return null;
        if (value instanceof List<?> list)
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return String.valueOf(value);
    }

    /** The comparisons that make sense for the field's kind of value (all of them until a field is picked). */
    static List<Choice> operatorsFor(FieldDefinition field) {
        if (field == null) return OPERATORS;
        Set<Operator> offered = switch (field.type()) {
            case NUMBER, DATE ->
                EnumSet.of(
                        Operator.EQUALS,
                        Operator.NOT_EQUALS,
                        Operator.GREATER_THAN,
                        Operator.LESS_THAN,
                        Operator.BETWEEN,
                        Operator.ONE_OF,
                        Operator.IS_EMPTY,
                        Operator.IS_NOT_EMPTY);
            case CHOICE ->
                EnumSet.of(
                        Operator.EQUALS,
                        Operator.NOT_EQUALS,
                        Operator.ONE_OF,
                        Operator.IS_EMPTY,
                        Operator.IS_NOT_EMPTY);
            case CHOICES -> EnumSet.of(Operator.CONTAINS, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
            case BOOLEAN -> EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
            case DOCUMENT -> EnumSet.of(Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
            default ->
                EnumSet.of(
                        Operator.EQUALS,
                        Operator.NOT_EQUALS,
                        Operator.CONTAINS,
                        Operator.ONE_OF,
                        Operator.IS_EMPTY,
                        Operator.IS_NOT_EMPTY);
        };
        return OPERATORS.stream()
                .filter(choice -> offered.contains(operator(choice.code())))
                .toList();
    }

    /** The answers to pick from, for a choice or yes/no field compared with one value; empty means "type it". */
    static List<Choice> valuesFor(FieldDefinition field, Operator op) {
        if (field == null || op == Operator.ONE_OF || op == Operator.BETWEEN) return List.of();
        if (field.type() == FieldType.BOOLEAN) return List.of(new Choice("true", "Yes"), new Choice("false", "No"));
        if (!field.type().offersOptions()) return List.of();
        return field.options().stream()
                .map(option -> new Choice(option, field.optionLabel(option)))
                .toList();
    }

    /** The inputs the tree draws, for placing validation problems. */
    static void anchors(Node node, List<String> into) {
        into.add(node.path());
        switch (node.kind()) {
            case "compare" -> {
                into.add(node.path() + ".field");
                into.add(node.path() + ".op");
                into.add(node.path() + ".value");
            }
            case "feel" -> into.add(node.path() + ".feel");
            default -> node.children().forEach(child -> anchors(child, into));
        }
    }
}
