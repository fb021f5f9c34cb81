package org.casework.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A place as the gazetteer describes it: its UPRN, the street's USRN, the BS7666 address (secondary and primary
 * addressable objects, street, locality, town, postcode), British National Grid and latitude/longitude coordinates,
 * its classification code and the UPRN of the place it is part of. A retired place has left the gazetteer; records
 * made before still show it.
 */
public record Place(
        Uprn uprn,
        Long usrn,
        Uprn parent,
        AddressableObject secondary,
        AddressableObject primary,
        String street,
        String locality,
        String town,
        String postcode,
        BigDecimal easting,
        BigDecimal northing,
        BigDecimal latitude,
        BigDecimal longitude,
        String classification,
        LocalDate retiredOn) {

    public Place {
        Objects.requireNonNull(uprn, "uprn");
        secondary = secondary == null ? AddressableObject.NONE : secondary;
        primary = primary == null ? AddressableObject.NONE : primary;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    /** Whether the gazetteer gave only coordinates for it (an OS Open UPRN row never matched by an address). */
    public boolean hasAddress() {
        return !primary.isEmpty() || !secondary.isEmpty() || street != null || postcode != null;
    }

    public boolean hasGridReference() {
        return easting != null && northing != null;
    }

    /** The address on one line, as a person writes it: "Flat 2, 12 High Street, Anytown, AB1 2CD". */
    public String singleLine() {
        if (!hasAddress()) return "UPRN " + uprn + " (no address)";
        var numberAndStreet = Stream.of(primary.number(), street)
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(" "));
        return Stream.of(secondary.textThenNumber(), primary.text(), numberAndStreet, locality, town, postcode)
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** The first line of its postal address: the flat and building with the number and street ("Flat 2, 12 High Street"). */
    public String firstLine() {
        var numberAndStreet = Stream.of(primary.number(), street)
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(" "));
        return Stream.of(secondary.textThenNumber(), primary.text(), numberAndStreet)
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** The lines of its postal address, without the postcode: the first line, the locality, the town. */
    public List<String> postalLines() {
        return Stream.of(firstLine(), locality, town)
                .filter(part -> part != null && !part.isEmpty())
                .toList();
    }

    /**
     * The words free-text search matches, in lower case between single spaces, with the postcode also written
     * without its space (" flat 2 12 high street anytown ab1 2cd ab12cd ").
     */
    public String searchText() {
        var words = (hasAddress() ? singleLine() : "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        var compactPostcode = postcode == null ? "" : postcode.replace(" ", "").toLowerCase(Locale.ROOT);
        return (" " + words + " " + compactPostcode + " ").replaceAll(" +", " ");
    }
}
