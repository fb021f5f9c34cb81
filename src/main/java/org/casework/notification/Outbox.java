package org.casework.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.engine.CaseActionDue;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.platform.Secrets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the engine's {@code notify} and {@code webhook} actions into outbox rows, in the transaction of the event, so
 * the message exists exactly when the event does. Each row is keyed by the case, the event's occurrence, the template
 * and the recipient: a second action asking for the same message, or the same event announced again, writes nothing.
 * The send job is scheduled in the same transaction and runs after commit.
 */
@Component
class Outbox {

    private final Templates templates;
    private final Recipients recipients;
    private final CaseValues values;
    private final OutboxRows rows;
    private final SendJob sendJob;
    private final Cases cases;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(
            Templates templates,
            Recipients recipients,
            CaseValues values,
            OutboxRows rows,
            SendJob sendJob,
            Cases cases,
            JsonMapper json,
            Clock clock) {
        this.templates = templates;
        this.recipients = recipients;
        this.values = values;
        this.rows = rows;
        this.sendJob = sendJob;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(CaseActionDue due) {
        switch (due.action()) {
            case Action.Notify notify -> notify(due, notify);
            case Action.Webhook webhook -> webhook(due, webhook);
            default -> {}
        }
    }

    private void notify(CaseActionDue due, Action.Notify action) {
        var occasion = Occasion.of(due);
        var template = templates.find(action.template()).orElse(null);
        if (template == null) {
            notSent(
                    occasion,
                    action.template(),
                    String.valueOf(action.to()),
                    "there is no template '" + action.template() + "'");
            return;
        }
        var view = cases.get(due.caseId());
        send(occasion, template, recipients.of(action, view, due.target()), values.of(view));
    }

    /**
     * One of the messages every request gets, whatever its process says (the confirmation, the reminder of a reply
     * due), to the citizen by the ways they can be reached: written in the caller's transaction, once per occasion.
     */
    void tellCitizen(Occasion occasion, NotificationTemplate message, Map<String, String> moreValues) {
        var view = cases.get(occasion.caseId());
        var filled = new LinkedHashMap<>(values.of(view));
        var name = filled.get(CaseValues.CITIZEN_NAME);
        filled.put("greeting", name == null || name.isBlank() ? "Hello" : "Dear " + name);
        var finish = filled.get(CaseValues.ESTIMATED_COMPLETION);
        filled.put(
                "expected finish", finish == null || finish.isBlank() ? "" : "We expect to finish by " + finish + ".");
        filled.putAll(moreValues);
        // A request made without contact details is confirmed to nobody, and that is no failure worth logging.
        var reachable = recipients.citizenOf(view).stream()
                .filter(recipient -> !recipient.addresses().isEmpty())
                .toList();
        send(occasion, message, reachable, filled);
    }

    private void send(
            Occasion occasion,
            NotificationTemplate template,
            List<Recipients.Recipient> recipients,
            Map<String, String> filled) {
        for (var recipient : recipients) {
            var planned = recipient.addresses().stream()
                    .filter(address -> template.has(address.kind()))
                    .map(address -> render(template, address, filled))
                    .toList();
            if (planned.isEmpty()) {
                var because = recipient.nobodyBecause() != null
                        ? recipient.nobodyBecause()
                        : "the template has no message for the ways they can be reached";
                notSent(occasion, template.key(), recipient.identity(), because);
                continue;
            }
            enqueue(occasion, template.key(), recipient.identity(), planned);
        }
    }

    private void webhook(CaseActionDue due, Action.Webhook action) {
        var view = cases.get(due.caseId());
        var body = json.writeValueAsString(payload(due, view));
        var message = new Planned(ChannelKind.WEBHOOK.value(), action.webhook(), null, body);
        enqueue(Occasion.of(due), null, "webhook:" + action.webhook(), List.of(message));
    }

    private void enqueue(Occasion due, String template, String recipient, List<Planned> planned) {
        var dedupeKey = dedupeKey(due, template, recipient);
        var row = new OutboxRows.NewRow(
                due.caseId().value(),
                due.reference(),
                due.occurrence(),
                template,
                recipient,
                planned.getFirst(),
                List.copyOf(planned.subList(1, planned.size())),
                null,
                dedupeKey);
        rows.insert(row).ifPresent(sendJob::schedule);
    }

    private static Planned render(
            NotificationTemplate template, Recipients.Address address, Map<String, String> values) {
        return switch (address.kind()) {
            case EMAIL ->
                new Planned(
                        ChannelKind.EMAIL.value(),
                        address.value(),
                        TemplateText.fill(template.emailSubject(), values),
                        TemplateText.fill(template.emailBody(), values));
            case SMS ->
                new Planned(
                        ChannelKind.SMS.value(), address.value(), null, TemplateText.fill(template.smsBody(), values));
            case WEBHOOK -> throw new IllegalArgumentException("A template is not sent to a webhook");
        };
    }

    /** What a webhook receives: the event, and the case as it stands after it. */
    private Map<String, Object> payload(CaseActionDue due, CaseView view) {
        var caseData = new LinkedHashMap<String, Object>();
        caseData.put("id", view.id().toString());
        caseData.put("reference", view.reference());
        caseData.put("process", view.process());
        caseData.put("status", view.status().value());
        var stage = view.currentStage();
        caseData.put("stage", stage == null ? null : stage.key());
        caseData.put("step", view.currentStep());
        caseData.put("dueOn", view.dueOn() == null ? null : view.dueOn().toString());
        caseData.put("data", view.data());
        var payload = new LinkedHashMap<String, Object>();
        payload.put("event", due.event().key());
        payload.put("target", due.target());
        payload.put("occurrence", due.occurrence());
        payload.put("at", Instant.now(clock).toString());
        payload.put("case", caseData);
        return payload;
    }

    /**
     * Keeps a message no one could be found for, as {@code not-sent}, once per occurrence like any other, and says why
     * on the timeline: a message is never dropped silently.
     */
    private void notSent(Occasion due, String template, String recipient, String because) {
        var row = new OutboxRows.NewRow(
                due.caseId().value(),
                due.reference(),
                due.occurrence(),
                template,
                recipient,
                new Planned("none", "", null, because),
                List.of(),
                null,
                dedupeKey(due, template, recipient));
        if (rows.insertNotSent(row, because)) {
            cases.record(
                    due.caseId(),
                    "notification-not-sent",
                    "system",
                    null,
                    TimelineEntry.details("template", template, "recipient", recipient, "reason", because));
        }
    }

    private static String dedupeKey(Occasion due, String template, String recipient) {
        return Secrets.sha256(
                String.join("|", due.caseId().toString(), due.occurrence(), String.valueOf(template), recipient));
    }

    /** The happening a message tells of: the case, its reference, and which happening (one message per each). */
    record Occasion(CaseId caseId, String reference, String occurrence) {

        static Occasion of(CaseActionDue due) {
            return new Occasion(due.caseId(), due.reference(), due.occurrence());
        }
    }
}
