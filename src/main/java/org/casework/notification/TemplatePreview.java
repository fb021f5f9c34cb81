package org.casework.notification;

/**
 * A template filled with sample values, as its reader would see it. For the email: the subject, the whole HTML email,
 * its plain-text part, and the body as GOV.UK Frontend HTML for a staff page ({@code pageHtml}, escaped like the
 * email); each null when the template has no email. For the text message: the text, its length as the network counts
 * it and the number of messages it takes; null and 0 when it has none.
 */
public record TemplatePreview(
        String subject,
        String emailHtml,
        String emailText,
        String pageHtml,
        String sms,
        int smsCharacters,
        int smsFragments) {}
