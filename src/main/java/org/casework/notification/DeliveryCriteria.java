package org.casework.notification;

import java.time.LocalDate;

/**
 * What to look for in the delivery log; each part is optional. {@code recipient} matches part of the recipient or
 * the address, ignoring case; {@code from} and {@code to} are days in council time, both included.
 */
public record DeliveryCriteria(
        String caseReference, String recipient, String status, String channel, LocalDate from, LocalDate to) {

    public static DeliveryCriteria any() {
        return new DeliveryCriteria(null, null, null, null, null, null);
    }
}
