package org.casework.registry;

/** No place in the gazetteer has this UPRN. */
public class PlaceNotFound extends RuntimeException {

    public PlaceNotFound(Uprn uprn) {
        super("There is no place with UPRN " + uprn);
    }
}
