package org.casework.registry;

import java.time.LocalDate;

/** A case about a place, as the place page lists it: its reference (and link), process, status and when it opened. */
public record PlaceCase(String reference, String process, String status, LocalDate openedOn, Uprn uprn) {}
