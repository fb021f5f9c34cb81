package org.casework.engine.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;

/**
 * How a case's answers are kept for searching, and how what an officer types is turned into the same form: one
 * lower-case text per answer, so a search is an equality match on an index whatever the field's type.
 */
final class SearchableValues {

    /** The column's width: longer answers are kept, and searched, by their first 500 characters. */
    static final int MAX_LENGTH = 500;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern POSTCODE = Pattern.compile("[a-z]{1,2}\\d[a-z\\d]?\\d[a-z]{2}");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private SearchableValues() {}

    /**
     * The case's answers to the fields its process marks searchable, by field key, in the process's field order; empty
     * answers have no entry.
     */
    static Map<String, String> of(ProcessDefinition process, Map<String, Object> data) {
        var values = new LinkedHashMap<String, String>();
        for (var field : process.fields()) {
            if (!field.keptForSearching()) continue;
            var value = data.get(field.key());
            if (value == null || String.valueOf(value).isBlank()) continue;
            values.put(field.key(), stored(field.type(), value));
        }
        return values;
    }

    private static String stored(FieldType type, Object value) {
        var text = String.valueOf(value).strip();
        // Numbers come back from the case's JSON as whatever type fits; 5, 5.0 and 5.00 are one answer.
        if (type == FieldType.NUMBER && NUMBER.matcher(text).matches()) text = number(text);
        return bounded(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The stored forms that what an officer typed may stand for: the text itself, lower-case, and where it reads as
     * a number, a postcode without its space, a date written day/month/year or yes/no, the form the case keeps
     * those in. Equality on any of them is a match.
     */
    static Set<String> candidates(String typed) {
        var text = typed.strip().toLowerCase(Locale.ROOT);
        var forms = new LinkedHashSet<String>();
        forms.add(bounded(text));
        if (NUMBER.matcher(text).matches()) forms.add(number(text));
        var compact = text.replace(" ", "");
        if (POSTCODE.matcher(compact).matches()) {
            forms.add(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
        }
        try {
            forms.add(LocalDate.parse(text, UK_DATE).toString());
        } catch (DateTimeParseException notADate) {
            // Not written day/month/year: the text itself is the only date form worth trying.
        }
        if (text.equals("yes")) forms.add("true");
        if (text.equals("no")) forms.add("false");
        return forms;
    }

    private static String number(String text) {
        var plain = new BigDecimal(text).stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String bounded(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
