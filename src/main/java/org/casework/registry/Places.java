package org.casework.registry;

import java.util.List;
import java.util.Optional;

/** The council's places, loaded from its gazetteer: found by UPRN, by postcode, by words of the address, or nearby. */
public interface Places {

    /** The place, retired or not. */
    Optional<Place> find(Uprn uprn);

    /** The place, retired or not; {@link PlaceNotFound} when the gazetteer never had it. */
    default Place get(Uprn uprn) {
        return find(uprn).orElseThrow(() -> new PlaceNotFound(uprn));
    }

    /** The places among these UPRNs (retired or not), in the order asked; unknown ones are left out. */
    List<Place> findAll(List<Uprn> uprns);

    /**
     * Every current place in the postcode, as a person reads the list: by street, then house number (2, 9, 10, 10A),
     * then building name, then flat number and name.
     */
    List<Place> inPostcode(Postcode postcode);

    /** Current places whose address has every typed word at the start of one of its words ("12 high st"). */
    List<Place> search(String words, int limit);

    /** Current places within this many metres of the place (not the place itself), nearest first. */
    List<NearbyPlace> near(Uprn uprn, int metres, int limit);

    /** Current places that are part of this one (the flats of a building). */
    List<Place> within(Uprn parent);
}
