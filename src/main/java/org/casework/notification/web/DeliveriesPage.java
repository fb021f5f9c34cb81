package org.casework.notification.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import org.casework.notification.Deliveries;
import org.casework.notification.DeliveryCriteria;
import org.casework.work.InvalidCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The delivery log for administrators: every message, newest first, searched by case reference, recipient or address,
 * status, channel and days; 50 to a page with a link to older ones. Each links to its case.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DeliveriesPage {

    private static final int PAGE = 50;

    private final Deliveries deliveries;

    DeliveriesPage(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/admin/notifications/deliveries")
    ModelAndView search(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) String after) {
        var errors = new LinkedHashMap<String, String>();
        var fromDay = day(from, "from", "The first day", errors);
        var toDay = day(to, "to", "The last day", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay))
            errors.put("to", "The last day must be the same as or after the first day");
        if (!status.isBlank() && !Deliveries.knownStatus(status)) errors.put("status", "Select a status from the list");
        if (!channel.isBlank() && !Deliveries.knownChannel(channel))
            errors.put("channel", "Select a channel from the list");
        var page = new ModelAndView("notification/deliveries")
                .addObject("section", "notifications")
                .addObject("reference", reference)
                .addObject("recipient", recipient)
                .addObject("status", status)
                .addObject("channel", channel)
                .addObject("from", from)
                .addObject("to", to)
                .addObject("statuses", Deliveries.STATUSES)
                .addObject("errors", errors);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page.addObject("deliveries", java.util.List.of()).addObject("older", null);
        }
        try {
            var found = deliveries.search(
                    new DeliveryCriteria(reference, recipient, status, channel, fromDay, toDay), after, PAGE);
            var older = found.next() == null
                    ? null
                    : UriComponentsBuilder.fromPath("/admin/notifications/deliveries")
                            .queryParam("reference", reference)
                            .queryParam("recipient", recipient)
                            .queryParam("status", status)
                            .queryParam("channel", channel)
                            .queryParam("from", from)
                            .queryParam("to", to)
                            .queryParam("after", found.next())
                            .encode()
                            .toUriString();
            return page.addObject("deliveries", found.deliveries()).addObject("older", older);
        } catch (InvalidCursor altered) {
            return new ModelAndView("redirect:/admin/notifications/deliveries");
        }
    }

    private static LocalDate day(String text, String field, String name, LinkedHashMap<String, String> errors) {
        if (text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, name + " must be a real date, like 2026-03-27");
            return null;
        }
    }
}
