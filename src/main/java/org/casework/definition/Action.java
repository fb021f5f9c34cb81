package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/**
 * What happens on a case event, optionally guarded by a condition and narrowed to one step or stage. Setting fields
 * happens inside the engine's move; every other kind is announced by the engine in the same transaction and carried
 * out by the module that owns it (notifications and webhooks go to the outbox, reassignment to the work module).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.SetFields.class, name = "set-fields"),
    @JsonSubTypes.Type(value = Action.Notify.class, name = "notify"),
    @JsonSubTypes.Type(value = Action.Webhook.class, name = "webhook"),
    @JsonSubTypes.Type(value = Action.Reassign.class, name = "reassign"),
    @JsonSubTypes.Type(value = Action.StartProcess.class, name = "start-process")
})
public sealed interface Action {

    Event on();

    /** The step or stage key the event must concern; null for any. */
    String target();

    Condition when();

    /** Sets case fields when the event happens. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SetFields(Event on, String target, Condition when, Map<String, Object> set) implements Action {
        public SetFields {
            set = set == null ? Map.of() : Map.copyOf(set);
        }
    }

    /**
     * Sends the notification template {@code template} to someone: the case's citizen, whoever holds the task, the requester of an approval, every
     * member of {@code team}, the email address or mobile number {@code address}, or the contractor {@code
     * contractor} from the council's list.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Notify(
            Event on,
            String target,
            Condition when,
            String template,
            Recipient to,
            String team,
            String address,
            String contractor)
            implements Action {}

    /** Posts the case event as signed JSON to the webhook endpoint the council registered as {@code webhook}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Webhook(Event on, String target, Condition when, String webhook) implements Action {}

    /**
     * Gives the case's open task to another team (its queue) or, with {@code toTeamLead}, to that team's lead by name
     * — for example escalation when the SLA is breached. Without {@code team} it stays with the task's own team.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reassign(Event on, String target, Condition when, String team, Boolean toTeamLead) implements Action {
        public boolean toLead() {
            return Boolean.TRUE.equals(toTeamLead);
        }
    }

    /**
     * Starts a case of the process {@code process}, its fields filled from this case: {@code fields} maps each of the
     * new case's fields to the field of this case it copies.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StartProcess(Event on, String target, Condition when, String process, Map<String, String> fields)
            implements Action {
        public StartProcess {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** Who a notification goes to. */
    enum Recipient {
        @JsonProperty("citizen")
        CITIZEN,
        @JsonProperty("assignee")
        ASSIGNEE,
        @JsonProperty("team")
        TEAM,
        @JsonProperty("address")
        ADDRESS,
        @JsonProperty("contractor")
        CONTRACTOR,
        /**
         * Whoever asked for what an approval step decides: the officer who completed the latest task before it, or
         * else whoever started the case (the citizen, when they did).
         */
        @JsonProperty("requester")
        REQUESTER
    }

    /** The case events actions can hang on. */
    enum Event {
        @JsonProperty("case-started")
        CASE_STARTED,
        @JsonProperty("stage-entered")
        STAGE_ENTERED,
        @JsonProperty("step-entered")
        STEP_ENTERED,
        @JsonProperty("step-completed")
        STEP_COMPLETED,
        /** A task was given to a team's queue or to an officer (at creation, claim or reassignment). */
        @JsonProperty("task-assigned")
        TASK_ASSIGNED,
        /** An open task has not been touched for the process's {@code sla.remindAfterWorkingDays}. */
        @JsonProperty("task-untouched")
        TASK_UNTOUCHED,
        /** The share {@code sla.warnAt} of the case's target has elapsed and it is still open. */
        @JsonProperty("sla-warning")
        SLA_WARNING,
        /** The case's target date has passed; repeats every {@code sla.breachRepeatWorkingDays} while it stays open. */
        @JsonProperty("sla-breach")
        SLA_BREACH,
        @JsonProperty("case-closed")
        CASE_CLOSED,
        @JsonProperty("case-abandoned")
        CASE_ABANDONED,
        /** The case reached an information-request step, so the citizen has been asked. */
        @JsonProperty("information-request-sent")
        INFORMATION_REQUEST_SENT,
        /** The reply-by date of an information request is near and the citizen has not replied. */
        @JsonProperty("information-request-reminder")
        INFORMATION_REQUEST_REMINDER,
        /** The citizen replied to an information request. */
        @JsonProperty("information-request-answered")
        INFORMATION_REQUEST_ANSWERED,
        /** The citizen did not reply by the reply-by date. */
        @JsonProperty("information-request-overdue")
        INFORMATION_REQUEST_OVERDUE,
        /** An approval step was approved (by its approver, one of its team, or the last of its list). */
        @JsonProperty("approval-approved")
        APPROVAL_APPROVED,
        /** An approval step was rejected. */
        @JsonProperty("approval-rejected")
        APPROVAL_REJECTED;

        /** The name a definition uses, such as {@code sla-breach}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
