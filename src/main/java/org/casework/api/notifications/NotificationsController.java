package org.casework.api.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.casework.api.BadRequest;
import org.casework.notification.Deliveries;
import org.casework.notification.DeliveryCriteria;
import org.casework.notification.DeliveryPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log. It holds citizens' addresses on every case, so it is for administrators: a {@code cases:read}
 * key whose owner may still administer (whose keys see every case anyway).
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The delivery log: every message sent, waiting, failed or not sent")
class NotificationsController {

    private final Deliveries deliveries;

    NotificationsController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(
            summary = "Messages, newest first, by case reference, recipient or address (part of), status, channel and"
                    + " days created (council time, both included); pass 'next' as 'after' for older ones")
    DeliveryPage search(
            @RequestParam(required = false) String caseReference,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int limit) {
        if (status != null && !status.isBlank() && !Deliveries.knownStatus(status))
            throw BadRequest.malformed("status", "must be one of " + String.join(", ", Deliveries.STATUSES));
        if (channel != null && !channel.isBlank() && !Deliveries.knownChannel(channel))
            throw BadRequest.malformed("channel", "must be one of email, sms, webhook, none");
        if (from != null && to != null && to.isBefore(from))
            throw BadRequest.unprocessable("to", "must be the same day as 'from' or later");
        return deliveries.search(
                new DeliveryCriteria(caseReference, recipient, status, channel, from, to), after, limit);
    }
}
