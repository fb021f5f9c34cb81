package org.casework.registry.gazetteer;

import static org.casework.registry.gazetteer.GazetteerField.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.casework.registry.AddressableObject;
import org.casework.registry.GazetteerImportRefused;
import org.casework.registry.Place;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;

/**
 * Judges one row of a gazetteer file against its layout: every value is checked before anything is written, so a row
 * is either taken whole or rejected with its reasons ("X_COORDINATE ‘abc’ is not a number of metres").
 */
final class RowChecks {

    private static final int LONGEST_TEXT = 100;

    /** The outcome for one row: the place it describes, or why not (with the UPRN when that much could be read). */
    sealed interface Checked {}

    record Accepted(Place place) implements Checked {}

    record Rejected(Uprn uprn, String reason) implements Checked {}

    private final Map<GazetteerField, Integer> positions;
    private final Map<GazetteerField, String> names;
    private final int width;
    private final boolean coordinatesOnly;

    private RowChecks(
            Map<GazetteerField, Integer> positions,
            Map<GazetteerField, String> names,
            int width,
            boolean coordinatesOnly) {
        this.positions = positions;
        this.names = names;
        this.width = width;
        this.coordinatesOnly = coordinatesOnly;
    }

    /** Finds the layout's columns in the file's header; refused when one is missing. */
    static RowChecks forHeader(List<String> header, String layoutName, GazetteerProperties.Layout layout) {
        var index = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(normal(header.get(i)), i);
        var positions = new EnumMap<GazetteerField, Integer>(GazetteerField.class);
        var missing = new ArrayList<String>();
        layout.columns().forEach((field, name) -> {
            var position = index.get(normal(name));
            if (position == null) missing.add(name);
            else positions.put(field, position);
        });
        if (!missing.isEmpty()) {
            throw new GazetteerImportRefused(
                    "file",
                    "The file’s first line must name the columns of the " + layoutName + " layout; it has no "
                            + String.join(", ", missing));
        }
        if (!positions.containsKey(UPRN)) {
            throw new GazetteerImportRefused(
                    "layout", "The " + layoutName + " layout does not say which column is UPRN");
        }
        return new RowChecks(positions, layout.columns(), header.size(), layout.coordinatesOnly());
    }

    private static String normal(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    Checked check(CSVRecord record) {
        var problems = new ArrayList<String>();
        var uprnText = value(record, UPRN);
        var uprn = uprnText == null ? null : Uprn.parse(uprnText).orElse(null);
        if (record.size() != width) {
            return new Rejected(uprn, "has " + record.size() + " values where the header has " + width + " columns");
        }
        if (uprn == null) {
            problems.add(uprnText == null ? name(UPRN) + " is missing" : quoted(UPRN, uprnText) + " is not a UPRN");
        }
        var usrn = reference(record, USRN, problems);
        var parent = reference(record, PARENT_UPRN, problems);
        var secondary =
                object(record, problems, SAO_START_NUMBER, SAO_START_SUFFIX, SAO_END_NUMBER, SAO_END_SUFFIX, SAO_TEXT);
        var primary =
                object(record, problems, PAO_START_NUMBER, PAO_START_SUFFIX, PAO_END_NUMBER, PAO_END_SUFFIX, PAO_TEXT);
        if (!secondary.isEmpty() && primary.isEmpty()) {
            problems.add("has a secondary object (" + secondary.textThenNumber() + ") but no primary one (a building"
                    + " number or name)");
        }
        var street = text(record, STREET, LONGEST_TEXT, problems);
        var locality = text(record, LOCALITY, LONGEST_TEXT, problems);
        var town = text(record, TOWN, LONGEST_TEXT, problems);
        var postcode = postcode(record, problems);
        var easting = decimal(record, EASTING, 0, 700_000, "metres east, from 0 to 700000", problems);
        var northing = decimal(record, NORTHING, 0, 1_300_000, "metres north, from 0 to 1300000", problems);
        var latitude = decimal(record, LATITUDE, 49, 61, "latitude in Great Britain, from 49 to 61", problems);
        var longitude = decimal(record, LONGITUDE, -9, 3, "longitude in Great Britain, from -9 to 3", problems);
        if (coordinatesOnly && easting == null && latitude == null) problems.add("has no coordinates");
        var classification = text(record, CLASSIFICATION, 6, problems);
        if (!problems.isEmpty()) return new Rejected(uprn, String.join("; ", problems));
        return new Accepted(new Place(
                uprn,
                usrn == null ? null : usrn.value(),
                parent,
                secondary,
                primary,
                street,
                locality,
                town,
                postcode,
                easting,
                northing,
                latitude,
                longitude,
                classification,
                null));
    }

    private String value(CSVRecord record, GazetteerField field) {
        var position = positions.get(field);
        if (position == null || position >= record.size()) return null;
        var value = record.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private String name(GazetteerField field) {
        return names.get(field);
    }

    private String quoted(GazetteerField field, String value) {
        var shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
        return name(field) + " ‘" + shown + "’";
    }

    private Uprn reference(CSVRecord record, GazetteerField field, List<String> problems) {
        var text = value(record, field);
        if (text == null) return null;
        var reference = Uprn.parse(text);
        if (reference.isEmpty()) problems.add(quoted(field, text) + " is not a number of up to 12 digits");
        return reference.orElse(null);
    }

    private AddressableObject object(
            CSVRecord record,
            List<String> problems,
            GazetteerField startNumber,
            GazetteerField startSuffix,
            GazetteerField endNumber,
            GazetteerField endSuffix,
            GazetteerField text) {
        var start = number(record, startNumber, problems);
        var end = number(record, endNumber, problems);
        var startLetter = suffix(record, startSuffix, problems);
        var endLetter = suffix(record, endSuffix, problems);
        if (start == null && (end != null || startLetter != null)) {
            problems.add(name(startNumber) + " is missing where the number has an end or a suffix");
        }
        return new AddressableObject(start, startLetter, end, endLetter, text(record, text, LONGEST_TEXT, problems));
    }

    private Integer number(CSVRecord record, GazetteerField field, List<String> problems) {
        var text = value(record, field);
        if (text == null) return null;
        if (text.length() <= 5 && text.chars().allMatch(Character::isDigit)) return Integer.valueOf(text);
        problems.add(quoted(field, text) + " is not a whole number from 0 to 99999");
        return null;
    }

    private String suffix(CSVRecord record, GazetteerField field, List<String> problems) {
        var text = value(record, field);
        if (text == null) return null;
        if (text.length() <= 2 && text.chars().allMatch(Character::isLetter)) return text.toUpperCase(Locale.ROOT);
        problems.add(quoted(field, text) + " is not a letter");
        return null;
    }

    private String text(CSVRecord record, GazetteerField field, int longest, List<String> problems) {
        var text = value(record, field);
        if (text != null && text.length() > longest) {
            problems.add(name(field) + " is longer than " + longest + " characters");
            return null;
        }
        return text;
    }

    private String postcode(CSVRecord record, List<String> problems) {
        var text = value(record, POSTCODE);
        if (text == null) return null;
        var postcode = Postcode.parse(text);
        if (postcode.isEmpty()) problems.add(quoted(POSTCODE, text) + " is not a postcode");
        return postcode.map(Postcode::value).orElse(null);
    }

    private BigDecimal decimal(
            CSVRecord record, GazetteerField field, int lowest, int highest, String what, List<String> problems) {
        var text = value(record, field);
        if (text == null) return null;
        try {
            var number = new BigDecimal(text);
            if (number.compareTo(BigDecimal.valueOf(lowest)) >= 0
                    && number.compareTo(BigDecimal.valueOf(highest)) <= 0
                    && number.scale() <= 9) {
                return number.stripTrailingZeros();
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as an out-of-range number is
        }
        problems.add(quoted(field, text) + " is not " + what);
        return null;
    }
}
