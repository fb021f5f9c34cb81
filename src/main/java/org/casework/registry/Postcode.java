package org.casework.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its written form: upper case, one space before the inward code ("SW1A 1AA"). */
public record Postcode(String value) {

    /** The outward code (A9, A99, AA9, AA99, A9A, AA9A) and the inward code (9AA), as Royal Mail shapes them. */
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");

    public Postcode {
        if (value == null || !SHAPE.matcher(value.replace(" ", "")).matches() || value.indexOf(' ') < 0) {
            throw new IllegalArgumentException("Not a postcode in its written form: " + value);
        }
    }

    /** The postcode however typed ("sw1a1aa", " SW1A  1AA "), or empty when it does not have a postcode's shape. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) return Optional.empty();
        var squeezed = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var shape = SHAPE.matcher(squeezed);
        if (!shape.matches()) return Optional.empty();
        return Optional.of(new Postcode(shape.group(1) + " " + shape.group(2)));
    }

    @Override
    public String toString() {
        return value;
    }
}
