package org.casework.notification.channels;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * GOV.UK Notify's delivery receipt for an email or text message, as its callback sends it. {@code reference} is the
 * outbox id we sent the message with. The recipient's address ({@code to}) is neither read nor kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "A GOV.UK Notify delivery receipt (email or text message)")
record DeliveryReceipt(
        @Schema(description = "Notify's id for the notification")
        String id,

        @Schema(description = "The id Casework sent the message with")
        String reference,

        @Schema(description = "delivered, permanent-failure, temporary-failure or technical-failure")
        String status,

        @JsonProperty("created_at") String createdAt,
        @JsonProperty("completed_at") String completedAt,
        @JsonProperty("sent_at") String sentAt,

        @JsonProperty("notification_type") @Schema(description = "email or sms")
        String notificationType) {}
