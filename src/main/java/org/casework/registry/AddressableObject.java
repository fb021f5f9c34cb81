package org.casework.registry;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A BS7666 addressable object: the primary one (PAO, the building: "12", "12A", "10-14", "Acacia House") or the
 * secondary one within it (SAO, the flat or unit: "Flat 2"). Every part may be missing.
 */
public record AddressableObject(
        Integer startNumber, String startSuffix, Integer endNumber, String endSuffix, String text) {

    public static final AddressableObject NONE = new AddressableObject(null, null, null, null, null);

    public boolean isEmpty() {
        return startNumber == null && text == null;
    }

    /** The number as written on the door: "12", "12A", "10-14", "10A-10C"; empty when there is none. */
    public String number() {
        if (startNumber == null) return "";
        var start = startNumber + orEmpty(startSuffix);
        return endNumber == null ? start : start + "-" + endNumber + orEmpty(endSuffix);
    }

    /** Text then number, as a secondary object is written ("Flat 2", "Unit 3B", "Basement"). */
    public String textThenNumber() {
        return Stream.of(text, number())
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
