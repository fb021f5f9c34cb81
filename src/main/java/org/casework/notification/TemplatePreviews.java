package org.casework.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Shows a template before it is used: filled with the sample case's details, and each field placeholder with the
 * sample value given or, without one, its own name in square brackets ({@code [bin-type]}), so an administrator sees
 * where each answer will go.
 */
@Service
public class TemplatePreviews {

    /** The sample case every preview describes. */
    static final Map<String, String> SAMPLE_CASE = Map.of(
            CaseValues.REFERENCE, "CW-2026-000123",
            CaseValues.SERVICE, "Report a problem",
            CaseValues.STAGE, "Assessing",
            CaseValues.DUE_DATE, "12 March 2026",
            CaseValues.ESTIMATED_COMPLETION, "5 March 2026",
            CaseValues.TRACKING_LINK, "https://example.gov.uk/portal/track/sample-link",
            CaseValues.CITIZEN_NAME, "Sam Sample");

    private final EmailLayout layout;

    TemplatePreviews(EmailLayout layout) {
        this.layout = layout;
    }

    /** The placeholders every template may use, whatever the process: the details of the case. */
    public static java.util.List<String> caseDetails() {
        return CaseValues.CASE_DETAILS;
    }

    /** The template as sent, with {@code samples} (by placeholder name) in place of a real case's answers. */
    public TemplatePreview preview(NotificationTemplate template, Map<String, String> samples) {
        var values = new LinkedHashMap<String, String>();
        for (var text : new String[] {template.emailSubject(), template.emailBody(), template.smsBody()}) {
            for (var placeholder : TemplateText.placeholders(text)) values.put(placeholder, "[" + placeholder + "]");
        }
        values.putAll(SAMPLE_CASE);
        if (samples != null) samples.forEach((name, value) -> values.put(TemplateText.normalise(name), value));
        String subject = null;
        String html = null;
        String text = null;
        String page = null;
        if (template.hasEmail()) {
            subject = TemplateText.fill(template.emailSubject() == null ? "" : template.emailSubject(), values);
            var body = TemplateText.fill(template.emailBody(), values);
            html = layout.html(subject, body);
            text = layout.text(body);
            page = NotifyFormatting.html(body, NotifyFormatting.Look.PAGE);
        }
        String sms = template.hasSms() ? TemplateText.fill(template.smsBody(), values) : null;
        return new TemplatePreview(subject, html, text, page, sms, SmsLength.characters(sms), SmsLength.fragments(sms));
    }
}
