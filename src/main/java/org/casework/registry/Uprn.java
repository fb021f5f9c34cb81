package org.casework.registry;

import java.util.Optional;

/** A Unique Property Reference Number: the national id of a place, a whole number of up to 12 digits. */
public record Uprn(long value) {

    public static final long LARGEST = 999_999_999_999L;

    public Uprn {
        if (value < 1 || value > LARGEST) throw new IllegalArgumentException("A UPRN is 1 to 12 digits, not " + value);
    }

    /** The UPRN written as text (digits only, spaces around allowed), or empty when it is not one. */
    public static Optional<Uprn> parse(String text) {
        if (text == null) return Optional.empty();
        var digits = text.strip();
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        var value = Long.parseLong(digits);
        return value < 1 ? Optional.empty() : Optional.of(new Uprn(value));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
