package org.casework.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value of an {@code address} field: the lines of a postal address, its postcode, and the UPRN of the council's
 * place when the address was picked from the gazetteer (null when it was typed). Case data holds it as a map
 * ({@code {"uprn": "100023336956", "lines": ["10 Downing Street", "London"], "postcode": "SW1A 2AA"}}), so the API,
 * FEEL and the timeline see the same shape.
 */
public record Address(String uprn, List<String> lines, String postcode) {

    /** GOV.UK's address pattern has at most a building and street, a second line, a town and a county. */
    public static final int MOST_LINES = 4;

    public static final int LINE_LIMIT = 100;

    public Address {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The address in case data: a map of its parts, without the UPRN when there is none. */
    public Map<String, Object> asData() {
        var data = new LinkedHashMap<String, Object>();
        if (uprn != null) data.put("uprn", uprn);
        data.put("lines", lines);
        data.put("postcode", postcode);
        return data;
    }

    /** The lines and postcode on one line, as a letter's address block reads: "10 Downing Street, London, SW1A 2AA". */
    public String singleLine() {
        var parts = new ArrayList<>(lines);
        if (postcode != null) parts.add(postcode);
        return String.join(", ", parts);
    }

    /**
     * An address as case data holds it, if the value is one: a map with {@code lines} and {@code postcode}. Anything
     * else (a value written before the field became an address) is not.
     */
    public static Optional<Address> from(Object value) {
        if (!(value instanceof Map<?, ?> map)) return Optional.empty();
        if (!(map.get("lines") instanceof Collection<?> given)) return Optional.empty();
        var lines = new ArrayList<String>();
        for (var line : given) {
            if (!(line instanceof String text)) return Optional.empty();
            lines.add(text);
        }
        var uprn = map.get("uprn");
        var postcode = map.get("postcode");
        return Optional.of(new Address(
                uprn == null ? null : String.valueOf(uprn), lines, postcode == null ? null : String.valueOf(postcode)));
    }

    /** Words for people: the address on one line, or the value as it is when it is not an address. */
    public static String shown(Object value) {
        return from(value).map(Address::singleLine).orElse(String.valueOf(value));
    }
}
