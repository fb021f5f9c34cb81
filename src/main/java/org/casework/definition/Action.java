package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/**
 * What happens on a case event, optionally guarded by a condition and narrowed to one step or stage. Only setting
 * fields runs in this version; notifications, webhooks and reassignment are added as further kinds.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Action.SetFields.class, name = "set-fields")})
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
        @JsonProperty("case-closed")
        CASE_CLOSED,
        /** The case reached an information-request step, so the citizen has been asked. */
        @JsonProperty("information-request-sent")
        INFORMATION_REQUEST_SENT,
        /** The citizen did not reply by the reply-by date. */
        @JsonProperty("information-request-overdue")
        INFORMATION_REQUEST_OVERDUE
    }
}
