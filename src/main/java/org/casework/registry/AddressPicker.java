package org.casework.registry;

import java.util.List;

/**
 * What the address picker fragment ({@code registry/place-fragments :: addressPicker}) shows, in GOV.UK's "find an
 * address" pattern: the postcode typed, the addresses in it to choose from, an error for a postcode that is not one
 * or has no addresses, and whether the person chose to type the address instead. A page builds it with
 * {@link #lookUp} from the {@code postcode} and {@code manual} request parameters.
 */
public record AddressPicker(String postcode, List<Place> addresses, String error, boolean manual) {

    public static final AddressPicker EMPTY = new AddressPicker("", List.of(), null, false);

    /** The picker after a postcode was typed (or not yet, when blank). */
    public static AddressPicker lookUp(Places places, String typed, boolean manual) {
        if (typed == null || typed.isBlank()) return new AddressPicker("", List.of(), null, manual);
        var postcode = Postcode.parse(typed);
        if (postcode.isEmpty()) {
            return new AddressPicker(typed, List.of(), "Enter a real postcode, like SW1A 1AA", manual);
        }
        var addresses = places.inPostcode(postcode.get());
        return new AddressPicker(
                postcode.get().value(),
                addresses,
                addresses.isEmpty() && !manual ? "We could not find any addresses in " + postcode.get() : null,
                manual);
    }

    public boolean hasAddresses() {
        return !addresses.isEmpty();
    }
}
