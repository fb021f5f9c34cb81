package org.casework.api.places;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.casework.registry.AddressableObject;
import org.casework.registry.NearbyPlace;
import org.casework.registry.Place;

/** A place as the API gives it: ids as strings, the BS7666 parts, the address on one line, both kinds of coordinate. */
record PlaceResponse(
        String uprn,
        String usrn,
        String parentUprn,
        Address address,
        String singleLine,
        Coordinates coordinates,
        String classification,
        LocalDate retiredOn,
        Integer metres) {

    record Address(
            AddressableObjectResponse sao,
            AddressableObjectResponse pao,
            String street,
            String locality,
            String town,
            String postcode) {}

    record AddressableObjectResponse(
            Integer startNumber, String startSuffix, Integer endNumber, String endSuffix, String text) {

        static AddressableObjectResponse from(AddressableObject object) {
            if (object.isEmpty()) return null;
            return new AddressableObjectResponse(
                    object.startNumber(), object.startSuffix(), object.endNumber(), object.endSuffix(), object.text());
        }
    }

    record Coordinates(BigDecimal easting, BigDecimal northing, BigDecimal latitude, BigDecimal longitude) {}

    static PlaceResponse from(Place place) {
        return from(place, null);
    }

    static PlaceResponse from(NearbyPlace nearby) {
        return from(nearby.place(), nearby.metres());
    }

    private static PlaceResponse from(Place place, Integer metres) {
        return new PlaceResponse(
                place.uprn().toString(),
                place.usrn() == null ? null : place.usrn().toString(),
                place.parent() == null ? null : place.parent().toString(),
                place.hasAddress()
                        ? new Address(
                                AddressableObjectResponse.from(place.secondary()),
                                AddressableObjectResponse.from(place.primary()),
                                place.street(),
                                place.locality(),
                                place.town(),
                                place.postcode())
                        : null,
                place.singleLine(),
                new Coordinates(place.easting(), place.northing(), place.latitude(), place.longitude()),
                place.classification(),
                place.retiredOn(),
                metres);
    }
}
