package org.casework.api.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.casework.api.BadRequest;
import org.casework.identity.StaffPrincipal;
import org.casework.notification.FieldProblem;
import org.casework.notification.NotificationTemplate;
import org.casework.notification.TemplateConflict;
import org.casework.notification.TemplateNotFound;
import org.casework.notification.TemplatePreview;
import org.casework.notification.TemplatePreviews;
import org.casework.notification.Templates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notification-templates")
@Tag(
        name = "Notification templates",
        description = "The emails and text messages processes send, in GOV.UK Notify's formatting and placeholders")
class NotificationTemplatesController {

    private static final String READ = "hasAuthority('cases:read') or hasAuthority('definitions:admin')";
    private static final String WRITE = "hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')";

    private final Templates templates;
    private final TemplatePreviews previews;

    NotificationTemplatesController(Templates templates, TemplatePreviews previews) {
        this.templates = templates;
        this.previews = previews;
    }

    record TemplateResponse(
            String key, String name, String emailSubject, String emailBody, String smsBody, long version) {

        static TemplateResponse from(NotificationTemplate template) {
            return new TemplateResponse(
                    template.key(),
                    template.name(),
                    template.emailSubject(),
                    template.emailBody(),
                    template.smsBody(),
                    template.version());
        }
    }

    /**
     * A template as written; {@code version} is the one read (or send {@code If-Match}), and is left out only to
     * create a template.
     */
    record TemplateRequest(String name, String emailSubject, String emailBody, String smsBody, Long version) {}

    /** Text to preview instead of the saved template's (any part left out is the saved one), and sample values. */
    record PreviewRequest(String emailSubject, String emailBody, String smsBody, Map<String, String> values) {}

    record EmailPreview(String subject, String html, String text) {}

    record SmsPreview(String text, int characters, int fragments) {}

    /** The template filled with a sample case; {@code problems} are what would stop it being saved as previewed. */
    record PreviewResponse(EmailPreview email, SmsPreview sms, List<FieldProblem> problems) {

        static PreviewResponse from(TemplatePreview preview, List<FieldProblem> problems) {
            return new PreviewResponse(
                    preview.subject() == null && preview.emailHtml() == null
                            ? null
                            : new EmailPreview(preview.subject(), preview.emailHtml(), preview.emailText()),
                    preview.sms() == null
                            ? null
                            : new SmsPreview(preview.sms(), preview.smsCharacters(), preview.smsFragments()),
                    problems);
        }
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "Every template, by name")
    List<TemplateResponse> list() {
        return templates.list().stream().map(TemplateResponse::from).toList();
    }

    @GetMapping("/{key}")
    @PreAuthorize(READ)
    @Operation(summary = "A template, with its version in the ETag header and the body")
    ResponseEntity<TemplateResponse> get(@PathVariable String key) {
        var template = templates.find(key).orElseThrow(() -> new TemplateNotFound(key));
        return ResponseEntity.ok().eTag(etag(template)).body(TemplateResponse.from(template));
    }

    @PutMapping("/{key}")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Create the template, or change it: give the version read in If-Match or the body (409 if"
                    + " someone saved it since); 422 names each field at fault")
    ResponseEntity<TemplateResponse> put(
            @PathVariable String key,
            @RequestBody TemplateRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal StaffPrincipal me) {
        var version = ifMatch != null ? version(ifMatch) : request.version();
        var existing = templates.find(key);
        if (version == null && existing.isPresent()) throw new TemplateConflict(key);
        var saved = templates.save(
                new NotificationTemplate(
                        key,
                        request.name(),
                        request.emailSubject(),
                        request.emailBody(),
                        request.smsBody(),
                        version == null ? 0 : version),
                me.username());
        var body = TemplateResponse.from(saved);
        if (existing.isPresent()) return ResponseEntity.ok().eTag(etag(saved)).body(body);
        return ResponseEntity.created(URI.create("/api/v1/notification-templates/" + key))
                .eTag(etag(saved))
                .body(body);
    }

    @PostMapping("/{key}/preview")
    @PreAuthorize(READ)
    @Operation(
            summary = "The template filled with a sample case: the email's subject, HTML and plain text, and the text"
                    + " message with its length and number of messages; text in the body previews unsaved changes")
    PreviewResponse preview(@PathVariable String key, @RequestBody(required = false) PreviewRequest request) {
        var saved = templates.find(key);
        var typed = request != null
                && (request.emailSubject() != null || request.emailBody() != null || request.smsBody() != null);
        if (saved.isEmpty() && !typed) throw new TemplateNotFound(key);
        var base = saved.orElse(new NotificationTemplate(key, key, null, null, null, 0));
        var template = typed
                ? new NotificationTemplate(
                        key,
                        base.name(),
                        request.emailSubject() != null ? request.emailSubject() : base.emailSubject(),
                        request.emailBody() != null ? request.emailBody() : base.emailBody(),
                        request.smsBody() != null ? request.smsBody() : base.smsBody(),
                        base.version())
                : base;
        var values = request == null || request.values() == null ? Map.<String, String>of() : request.values();
        return PreviewResponse.from(previews.preview(template, values), templates.problems(template));
    }

    private static String etag(NotificationTemplate template) {
        return "\"" + template.version() + "\"";
    }

    private static Long version(String ifMatch) {
        var text = ifMatch.strip();
        if (text.startsWith("W/")) text = text.substring(2);
        text = text.replace("\"", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw BadRequest.malformed(HttpHeaders.IF_MATCH, "must be the template's ETag, such as \"3\"");
        }
    }
}
