package org.casework.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.engine.CaseView;
import org.casework.portal.TrackingLinks;
import org.springframework.stereotype.Component;

/**
 * The values a template's placeholders take for one case: the case's own details under fixed names, and each of its
 * process's fields under the field's key, written as a person reads them (a choice's label, a date in words).
 */
@Component
class CaseValues {

    static final String REFERENCE = "reference";
    static final String SERVICE = "service";
    static final String STAGE = "stage";
    static final String DUE_DATE = "due date";
    static final String ESTIMATED_COMPLETION = "estimated completion";
    static final String TRACKING_LINK = "tracking link";
    static final String CITIZEN_NAME = "citizen name";

    /** The case details every template may use, whatever the process. */
    static final List<String> CASE_DETAILS =
            List.of(REFERENCE, SERVICE, STAGE, DUE_DATE, ESTIMATED_COMPLETION, TRACKING_LINK, CITIZEN_NAME);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Definitions definitions;
    private final TrackingLinks trackingLinks;

    CaseValues(Definitions definitions, TrackingLinks trackingLinks) {
        this.definitions = definitions;
        this.trackingLinks = trackingLinks;
    }

    /** The values of the placeholders for the case. */
    Map<String, String> of(CaseView view) {
        var values = new LinkedHashMap<String, String>();
        var process = definitions
                .version(view.process(), view.processVersion())
                .orElseThrow()
                .definition();
        for (var field : process.fields()) {
            var value = view.data().get(field.key());
            // An answer cannot smuggle in a placeholder (such as the tracking link, filled in at sending).
            if (value != null)
                values.put(
                        TemplateText.normalise(field.key()), words(field, value).replace("((", "( ("));
        }
        values.put(REFERENCE, view.reference());
        values.put(SERVICE, view.processName());
        var stage = view.currentStage();
        values.put(STAGE, stage == null ? "" : stage.name());
        values.put(DUE_DATE, day(view.dueOn()));
        values.put(ESTIMATED_COMPLETION, day(view.estimatedCompletion()));
        values.put(
                CITIZEN_NAME,
                view.citizen().name() == null ? "" : view.citizen().name());
        // The link is a secret (only its hash is kept), so a stored message keeps the placeholder, and the link is
        // made as the message is handed to its channel (forRecipient).
        values.put(TRACKING_LINK, LATER_TRACKING_LINK);
        return values;
    }

    /** The placeholder as it stays in a stored message until the message is sent. */
    static final String LATER_TRACKING_LINK = "((" + TRACKING_LINK + "))";

    /**
     * The message as it goes to its recipient: a new tracking link in place of its placeholder for the citizen's own
     * email or text, and nothing there for anyone else (a link opens the case to whoever holds it).
     */
    OutgoingMessage forRecipient(
            OutboxRows.Row row, OutgoingMessage message, java.util.function.Supplier<CaseView> view) {
        if (!message.body().contains(LATER_TRACKING_LINK)) return message;
        var toTheCitizen = row.recipient().startsWith("citizen") && message.kind() != ChannelKind.WEBHOOK;
        var link = toTheCitizen ? trackingLinks.issue(view.get()).url() : "";
        return new OutgoingMessage(
                message.id(),
                message.kind(),
                message.to(),
                message.subject(),
                message.body().replace(LATER_TRACKING_LINK, link),
                message.caseReference());
    }

    private static String words(FieldDefinition field, Object value) {
        if (field.type() == FieldType.CHOICE) return field.optionLabel(String.valueOf(value));
        if (field.type() == FieldType.CHOICES) return String.join(", ", field.chosenLabels(value));
        if (field.type() == FieldType.ADDRESS) return org.casework.definition.Address.shown(value);
        if (value instanceof Boolean yes) return yes ? "Yes" : "No";
        if (field.type() == FieldType.DATE) {
            try {
                return day(LocalDate.parse(String.valueOf(value)));
            } catch (java.time.format.DateTimeParseException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }

    /** A day as a message writes it, such as 23 April 2030; empty for none. */
    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
