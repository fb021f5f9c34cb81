package org.casework.registry;

import java.time.LocalDate;

/** One case a person is on, as the person page lists it: the role is the case role's label. */
public record PersonCase(
        String reference, String service, String status, String role, LocalDate openedOn, LocalDate closedOn) {}
