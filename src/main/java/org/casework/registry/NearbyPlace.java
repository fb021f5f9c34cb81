package org.casework.registry;

/** A place near another, with how far it is in whole metres as the crow flies. */
public record NearbyPlace(Place place, int metres) {}
