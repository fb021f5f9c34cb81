package org.casework.registry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Gazetteer files written for a test, in the AddressBase layout: each row built from the parts a test cares about. */
final class GazetteerFiles {

    static final String HEADER =
            "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                    + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                    + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";

    /** UPRNs no other test uses: each test class takes a block of a million from a counter. */
    private static final AtomicLong NEXT_BLOCK = new AtomicLong(880_000_000_000L);

    static long uprnBlock() {
        return NEXT_BLOCK.getAndAdd(1_000_000);
    }

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    /** A row of the AddressBase layout; parts not given are empty. */
    GazetteerFiles address(long uprn, Map<String, Object> parts) {
        var row = new LinkedHashMap<String, String>();
        for (var column : HEADER.split(",")) row.put(column, "");
        row.put("UPRN", Long.toString(uprn));
        row.put("USRN", "21700999");
        row.put("TOWN_NAME", "Anytown");
        parts.forEach((column, value) -> {
            if (!row.containsKey(column)) throw new IllegalArgumentException("No column " + column);
            row.put(column, String.valueOf(value));
        });
        lines.add(row.values().stream()
                .map(GazetteerFiles::quoted)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow());
        return this;
    }

    /** A house: its number (with any suffix), street, postcode and grid position. */
    GazetteerFiles house(long uprn, String number, String street, String postcode, int easting, int northing) {
        var parts = new LinkedHashMap<String, Object>();
        var digits = number.replaceAll("[^0-9]", "");
        parts.put("PAO_START_NUMBER", digits);
        if (!digits.equals(number)) parts.put("PAO_START_SUFFIX", number.substring(digits.length()));
        parts.put("STREET_DESCRIPTION", street);
        parts.put("POSTCODE_LOCATOR", postcode);
        parts.put("X_COORDINATE", easting);
        parts.put("Y_COORDINATE", northing);
        parts.put("CLASS", "RD04");
        return address(uprn, parts);
    }

    /** A flat in a numbered building. */
    GazetteerFiles flat(long uprn, int flat, int building, String street, String postcode, int easting, int northing) {
        return address(
                uprn,
                Map.of(
                        "SAO_TEXT", "Flat",
                        "SAO_START_NUMBER", flat,
                        "PAO_START_NUMBER", building,
                        "STREET_DESCRIPTION", street,
                        "POSTCODE_LOCATOR", postcode,
                        "X_COORDINATE", easting,
                        "Y_COORDINATE", northing,
                        "CLASS", "RD06"));
    }

    /** A line written as it is, for rows a test wants malformed. */
    GazetteerFiles line(String line) {
        lines.add(line);
        return this;
    }

    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    InputStream stream() {
        return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
