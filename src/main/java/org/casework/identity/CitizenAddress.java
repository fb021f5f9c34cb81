package org.casework.identity;

/**
 * Where a citizen lives: picked from the council's places (then {@code uprn} is set) or typed. Every part but the
 * first line, the town and the postcode is optional.
 */
public record CitizenAddress(String line1, String line2, String town, String postcode, Long uprn) {

    public static final CitizenAddress NONE = new CitizenAddress(null, null, null, null, null);

    public CitizenAddress {
        line1 = Text.orNull(line1);
        line2 = Text.orNull(line2);
        town = Text.orNull(town);
        postcode =
                postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return line1 == null && line2 == null && town == null && postcode == null;
    }

    /** The address on one line, as a confirmation page shows it. */
    public String oneLine() {
        return java.util.stream.Stream.of(line1, line2, town, postcode)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
