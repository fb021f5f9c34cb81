package org.casework.api.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.casework.api.BadRequest;
import org.casework.api.FieldError;
import org.casework.identity.StaffPrincipal;
import org.casework.notification.ChannelKind;
import org.casework.notification.ChannelSettings;
import org.casework.notification.ChannelSettingsInvalid;
import org.casework.notification.Delivery;
import org.casework.notification.EmailChanges;
import org.casework.notification.EmailChannelView;
import org.casework.notification.NotifyChanges;
import org.casework.notification.NotifyChannelView;
import org.casework.notification.TestMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GOV.UK Notify's settings and the email channel's. Secrets (the API key, the callback token) are write-only: a
 * response says whether one is set, never what it is. A setting the environment supplies wins and is listed in
 * {@code fromEnvironment}; changing it here is refused.
 */
@RestController
@RequestMapping("/api/v1/notification-channels")
@Tag(name = "Notification channels", description = "GOV.UK Notify's settings, the email provider, test messages")
class ChannelSettingsController {

    private static final String ADMIN = "hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')";

    private final ChannelSettings settings;
    private final TestMessages testMessages;

    ChannelSettingsController(ChannelSettings settings, TestMessages testMessages) {
        this.settings = settings;
        this.testMessages = testMessages;
    }

    @Schema(description = "GOV.UK Notify's settings; the API key and callback token only as set or not")
    record NotifyResponse(
            boolean apiKeySet,
            String baseUrl,
            String emailTemplateId,
            String smsTemplateId,
            boolean callbackTokenSet,

            @Schema(description = "The settings the environment supplies, which cannot be changed here")
            List<String> fromEnvironment,

            @Schema(description = "Whether the key and the email template are set")
            boolean canSendEmail,

            @Schema(description = "Whether the key and the text message template are set")
            boolean canSendSms) {

        static NotifyResponse from(NotifyChannelView view) {
            var environment = new ArrayList<String>();
            if (view.apiKey().fromEnvironment()) environment.add("apiKey");
            if (view.baseUrl().fromEnvironment()) environment.add("baseUrl");
            if (view.emailTemplateId().fromEnvironment()) environment.add("emailTemplateId");
            if (view.smsTemplateId().fromEnvironment()) environment.add("smsTemplateId");
            if (view.callbackToken().fromEnvironment()) environment.add("callbackToken");
            return new NotifyResponse(
                    view.apiKey().set(),
                    view.baseUrl().value(),
                    view.emailTemplateId().value(),
                    view.smsTemplateId().value(),
                    view.callbackToken().set(),
                    environment,
                    view.canSendEmail(),
                    view.canSendSms());
        }
    }

    @Schema(
            description = "Changes to GOV.UK Notify's settings: a property left out (or null) stays as it is, an"
                    + " empty text removes the stored value")
    record NotifyRequest(
            @Schema(description = "The API key as Notify shows it: name-<service id>-<secret>")
            String apiKey,

            @Schema(description = "Notify's API address, https")
            String baseUrl,

            @Schema(description = "The email template with ((subject)) and ((body)), a UUID")
            String emailTemplateId,

            @Schema(description = "The text message template with ((body)), a UUID")
            String smsTemplateId,

            @Schema(description = "The bearer token Notify sends with delivery receipts, 10 characters or more")
            String callbackToken) {}

    @Schema(description = "Which provider sends email, and the sender of SMTP email")
    record EmailResponse(
            @Schema(description = "smtp or notify") String provider, String from, List<String> fromEnvironment) {

        static EmailResponse from(EmailChannelView view) {
            var environment = new ArrayList<String>();
            if (view.provider().fromEnvironment()) environment.add("provider");
            if (view.from().fromEnvironment()) environment.add("from");
            return new EmailResponse(view.provider().value(), view.from().value(), environment);
        }
    }

    @Schema(description = "Changes to the email channel; left out stays as it is, empty text removes the stored value")
    record EmailRequest(
            @Schema(description = "smtp or notify") String provider, String from) {}

    @Schema(description = "Where to send a test message: an email address or a mobile number")
    record TestMessageRequest(String to) {}

    @Schema(description = "What the channel answered: sent, with the provider's reference, or refused and why")
    record TestMessageResponse(boolean sent, String providerReference, String reason) {

        static TestMessageResponse from(Delivery delivery) {
            return switch (delivery) {
                case Delivery.Accepted accepted -> new TestMessageResponse(true, accepted.providerReference(), null);
                case Delivery.Refused refused -> new TestMessageResponse(false, null, refused.reason());
            };
        }
    }

    @GetMapping("/notify")
    @PreAuthorize(ADMIN)
    @Operation(summary = "GOV.UK Notify's settings, without the API key or callback token")
    NotifyResponse notifySettings() {
        return NotifyResponse.from(settings.notifyChannel());
    }

    @PutMapping("/notify")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Change GOV.UK Notify's settings; the next message uses them",
            description = "422 names every setting at fault; nothing is saved unless all are right.")
    NotifyResponse saveNotify(@RequestBody NotifyRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        try {
            return NotifyResponse.from(settings.saveNotify(
                    new NotifyChanges(
                            request.apiKey(),
                            request.baseUrl(),
                            request.emailTemplateId(),
                            request.smsTemplateId(),
                            request.callbackToken()),
                    me.username()));
        } catch (ChannelSettingsInvalid e) {
            throw refused(e);
        }
    }

    @GetMapping("/email")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Which provider sends email, and the sender of SMTP email")
    EmailResponse emailSettings() {
        return EmailResponse.from(settings.emailChannel());
    }

    @PutMapping("/email")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Choose the email provider (smtp or notify) and the sender of SMTP email",
            description = "Choosing notify needs Notify's API key and email template to be set first.")
    EmailResponse saveEmail(@RequestBody EmailRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        try {
            return EmailResponse.from(
                    settings.saveEmail(new EmailChanges(request.provider(), request.from()), me.username()));
        } catch (ChannelSettingsInvalid e) {
            throw refused(e);
        }
    }

    @PostMapping("/email/test-message")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Send a test email now through the email provider in use, not the outbox",
            description = "Answers what the provider said; nothing goes in the delivery log and nothing is retried.")
    TestMessageResponse testEmail(@RequestBody TestMessageRequest request) {
        return test(ChannelKind.EMAIL, request);
    }

    @PostMapping("/sms/test-message")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Send a test text message now through GOV.UK Notify, not the outbox",
            description = "Answers what Notify said; nothing goes in the delivery log and nothing is retried.")
    TestMessageResponse testSms(@RequestBody TestMessageRequest request) {
        return test(ChannelKind.SMS, request);
    }

    private TestMessageResponse test(ChannelKind kind, TestMessageRequest request) {
        if (request.to() == null || request.to().isBlank())
            throw BadRequest.unprocessable(
                    "to", kind == ChannelKind.EMAIL ? "must be an email address" : "must be a mobile number");
        return TestMessageResponse.from(testMessages.send(kind, request.to()));
    }

    static BadRequest refused(ChannelSettingsInvalid e) {
        return BadRequest.unprocessable(
                "The settings were not saved",
                e.problems().stream()
                        .map(p -> new FieldError(p.field(), p.reason()))
                        .toList());
    }
}
