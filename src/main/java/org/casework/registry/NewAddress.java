package org.casework.registry;

/**
 * An address to add: either a place chosen from the places register ({@code uprn}, with its address on one line in
 * {@code line1} and its postcode, as chosen) or lines as typed with a postcode. {@code from} ({@code yyyy-MM-dd}) is
 * optional; a new address without an end date becomes the current one and ends the one before.
 */
public record NewAddress(Long uprn, String line1, String line2, String town, String postcode, String from) {

    /** A place from the places register, as the address picker gives it. */
    public static NewAddress place(long uprn, String singleLine, String postcode, String from) {
        return new NewAddress(uprn, singleLine, null, null, postcode, from);
    }
}
