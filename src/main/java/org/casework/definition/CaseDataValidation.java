package org.casework.definition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the data arriving on a case (from a form, an officer completing a task or the API) against the process's
 * fields, and turns accepted values into one canonical, JSON-friendly shape: whole numbers as {@link Long}, other
 * numbers as {@link BigDecimal}, dates as {@code yyyy-MM-dd} text, booleans as {@link Boolean}, postcodes upper case
 * with one space, several choices as a list in the options' order. A blank text value, or a list with nothing chosen,
 * counts as empty. Stateless and safe to share between threads.
 */
public final class CaseDataValidation {

    static final int TEXT_LIMIT = 500;
    static final int LONG_TEXT_LIMIT = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]+");
    /** The GOV.UK pattern for a postcode with its spaces taken out, plus the Girobank's GIR 0AA. */
    private static final Pattern UPRN = Pattern.compile("[0-9]{1,12}");

    private static final Pattern POSTCODE = Pattern.compile(
            "GIR0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}");

    /**
     * Every problem with {@code data}: fields the process does not have, values of the wrong type, and {@code
     * mandatory} fields that are missing, null or blank. Empty when the data can be accepted.
     */
    public List<FieldProblem> check(
            List<FieldDefinition> fields, Map<String, Object> data, Collection<String> mandatory) {
        var problems = new ArrayList<FieldProblem>();
        var required = mandatory.isEmpty() ? null : new TreeSet<>(mandatory);
        var known = 0;
        for (var field : fields) {
            var present = data.containsKey(field.key());
            if (present) known++;
            var value = present ? accept(field, data.get(field.key())) : null;
            if (value instanceof Refused refused) {
                problems.add(new FieldProblem(field.key(), refused.reason()));
            } else if (required != null && required.contains(field.key()) && value == null) {
                problems.add(new FieldProblem(field.key(), "is required"));
            }
            if (required != null) required.remove(field.key());
        }
        if (required != null) required.forEach(key -> problems.add(new FieldProblem(key, "is required")));
        // Only when some key named no field (rare) is it worth finding which.
        if (known < data.size()) {
            var keys = fields.stream().map(FieldDefinition::key).collect(Collectors.toSet());
            new TreeSet<>(data.keySet())
                    .stream()
                            .filter(key -> !keys.contains(key))
                            .forEach(key -> problems.add(new FieldProblem(key, "no such field in this process")));
        }
        return problems;
    }

    /**
     * The values of {@code data} in canonical form, in the order the process lists its fields; a blank value becomes
     * null (the field is cleared). Throws {@link IllegalArgumentException} for data {@link #check} would refuse, so
     * check first.
     */
    public Map<String, Object> normalise(List<FieldDefinition> fields, Map<String, Object> data) {
        var normalised = new LinkedHashMap<String, Object>();
        var refused = false;
        for (var field : fields) {
            if (!data.containsKey(field.key())) continue;
            var value = accept(field, data.get(field.key()));
            refused |= value instanceof Refused;
            normalised.put(field.key(), value);
        }
        if (refused || normalised.size() < data.size()) {
            throw new IllegalArgumentException("Case data was not checked first: " + check(fields, data, List.of()));
        }
        return Collections.unmodifiableMap(normalised);
    }

    /** Either the canonical value, null for empty, or a {@link Refused} saying why not. */
    private static Object accept(FieldDefinition field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) return null;
        return switch (field.type()) {
            case TEXT -> text(value, TEXT_LIMIT);
            case LONG_TEXT -> text(value, LONG_TEXT_LIMIT);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case BOOLEAN -> bool(value);
            case CHOICE -> choice(value, field.options());
            case CHOICES -> choices(value, field.options());
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            case POSTCODE -> postcode(value);
            case DOCUMENT -> value instanceof String id ? id.trim() : new Refused("must be a document id");
            case ADDRESS -> address(value);
        };
    }

    private static Object text(Object value, int limit) {
        if (!(value instanceof String text)) return new Refused("must be text");
        if (text.length() > limit) return new Refused("must be %,d characters or fewer".formatted(limit));
        return text;
    }

    private static Object number(Object value) {
        BigDecimal number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof BigInteger big) {
            number = new BigDecimal(big);
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Double || value instanceof Float) {
            var d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return new Refused("must be a number");
            number = new BigDecimal(value.toString());
        } else if (value instanceof String text && NUMBER.matcher(text.trim()).matches()) {
            number = new BigDecimal(text.trim());
        } else {
            return new Refused("must be a number");
        }
        var plain = number.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.precision() - plain.scale() <= 18) return plain.longValueExact();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static Object date(Object value) {
        if (value instanceof LocalDate date) return date.toString();
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim()).toString();
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        return new Refused("must be a date written as year-month-day, such as 2025-03-31");
    }

    private static Object bool(Object value) {
        if (value instanceof Boolean b) return b;
        if (value instanceof String text && text.trim().equalsIgnoreCase("true")) return Boolean.TRUE;
        if (value instanceof String text && text.trim().equalsIgnoreCase("false")) return Boolean.FALSE;
        return new Refused("must be true or false");
    }

    private static Object choice(Object value, List<String> options) {
        if (value instanceof String text && options.contains(text)) return text;
        return new Refused("must be one of " + String.join(", ", options));
    }

    /**
     * Several options as a list in the order the process lists them, each once; one option on its own is a list of
     * one, and a list with nothing chosen clears the field (null).
     */
    private static Object choices(Object value, List<String> options) {
        var given = value instanceof Collection<?> items ? items : List.of(value);
        var chosen = new HashSet<String>();
        var unknown = new LinkedHashSet<String>();
        for (var item : given) {
            if (!(item instanceof String option)) {
                return new Refused("must be a list of options from " + String.join(", ", options));
            }
            if (option.isBlank()) continue;
            if (options.contains(option)) chosen.add(option);
            else unknown.add(option);
        }
        if (!unknown.isEmpty()) {
            return new Refused(
                    "cannot include " + String.join(", ", unknown) + ": choose from " + String.join(", ", options));
        }
        if (chosen.isEmpty()) return null;
        return options.stream().filter(chosen::contains).toList();
    }

    private static Object email(Object value) {
        if (value instanceof String text
                && text.trim().length() <= 254
                && EMAIL.matcher(text.trim()).matches()) return text.trim();
        return new Refused("must be an email address, such as name@example.org");
    }

    private static Object phone(Object value) {
        if (value instanceof String text) {
            var trimmed = text.trim().replaceAll(" +", " ");
            var digits = trimmed.chars().filter(Character::isDigit).count();
            if (PHONE.matcher(trimmed).matches() && digits >= 10 && digits <= 13) return trimmed;
        }
        return new Refused("must be a UK phone number of 10 to 13 digits, such as 01632 960 001");
    }

    private static Object postcode(Object value) {
        if (value instanceof String text) {
            var compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
            if (POSTCODE.matcher(compact).matches()) {
                return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
            }
        }
        return new Refused("must be a UK postcode, such as SW1A 1AA");
    }

    /**
     * An address as a map of {@code lines} (one to four, the first not blank), a {@code postcode} and optionally the
     * {@code uprn} of the gazetteer's place; blank lines are dropped and the postcode written as Royal Mail does.
     */
    private static Object address(Object value) {
        var shape = "must be an address: lines (one to " + Address.MOST_LINES + "), a postcode, and optionally a UPRN";
        var address = Address.from(value).orElse(null);
        if (address == null) return new Refused(shape);
        var lines = address.lines().stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.isEmpty()) return new Refused("must have at least one address line");
        if (lines.size() > Address.MOST_LINES) return new Refused(shape);
        if (lines.stream().anyMatch(line -> line.length() > Address.LINE_LIMIT)) {
            return new Refused("must have address lines of %d characters or fewer".formatted(Address.LINE_LIMIT));
        }
        var postcode = postcode(address.postcode() == null ? "" : address.postcode());
        if (postcode instanceof Refused refused) return new Refused("must have a postcode: " + refused.reason());
        var uprn = address.uprn() == null ? null : address.uprn().strip();
        if (uprn != null && !UPRN.matcher(uprn).matches()) {
            return new Refused("must have a UPRN of 1 to 12 digits, or none");
        }
        return new Address(uprn, lines, (String) postcode).asData();
    }

    /** Why a value given for a case field was refused, such as {@code must be one of pothole, flytipping, other}. */
    public record FieldProblem(String field, String reason) {}

    private record Refused(String reason) {}
}
