package org.casework.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a template fit to save: a key and a name, an email (subject and body) or a text message or both, every
 * placeholder closed and naming a detail of a case or a field some process has, and a text message short enough for
 * GOV.UK Notify to send. Pure: the field keys of every process are passed in.
 */
final class TemplateRules {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final int KEY_LIMIT = 100;
    private static final int NAME_LIMIT = 200;
    private static final int SUBJECT_LIMIT = 500;
    private static final int BODY_LIMIT = 20_000;

    private TemplateRules() {}

    static List<FieldProblem> check(NotificationTemplate template, Set<String> fieldKeys) {
        var problems = new ArrayList<FieldProblem>();
        var key = template.key();
        if (blank(key)) {
            problems.add(new FieldProblem("key", "Enter a key, such as request-received"));
        } else if (!KEY.matcher(key).matches() || key.length() > KEY_LIMIT) {
            problems.add(new FieldProblem(
                    "key",
                    "The key must be lowercase letters, digits and hyphens, such as request-received, and " + KEY_LIMIT
                            + " characters or fewer"));
        }
        if (blank(template.name())) {
            problems.add(new FieldProblem("name", "Enter a name for the template"));
        } else if (template.name().length() > NAME_LIMIT) {
            problems.add(new FieldProblem("name", "The name must be " + NAME_LIMIT + " characters or fewer"));
        }
        var subject = !blank(template.emailSubject());
        if (!template.hasEmail() && !template.hasSms()) {
            problems.add(
                    new FieldProblem(subject ? "emailBody" : "emailSubject", "Write an email, a text message or both"));
            if (!subject) problems.add(new FieldProblem("smsBody", "Write an email, a text message or both"));
        } else if (template.hasEmail() && !subject) {
            problems.add(new FieldProblem("emailSubject", "Enter the email's subject"));
        } else if (!template.hasEmail() && subject) {
            problems.add(new FieldProblem("emailBody", "Write the email, or remove its subject"));
        }
        if (subject && template.emailSubject().length() > SUBJECT_LIMIT) {
            problems.add(
                    new FieldProblem("emailSubject", "The subject must be " + SUBJECT_LIMIT + " characters or fewer"));
        }
        if (template.hasEmail() && template.emailBody().length() > BODY_LIMIT) {
            problems.add(new FieldProblem("emailBody", "The email must be 20,000 characters or fewer"));
        }
        if (template.hasSms() && SmsLength.characters(template.smsBody()) > SmsLength.LIMIT) {
            problems.add(new FieldProblem(
                    "smsBody",
                    "The text message must be " + SmsLength.LIMIT + " characters or fewer (6 messages); it has "
                            + SmsLength.characters(template.smsBody())));
        }
        placeholders("emailSubject", template.emailSubject(), fieldKeys, problems);
        placeholders("emailBody", template.emailBody(), fieldKeys, problems);
        placeholders("smsBody", template.smsBody(), fieldKeys, problems);
        return problems;
    }

    /** Why a placeholder name may not be used, or null if it may. */
    static String unknown(String placeholder, Set<String> fieldKeys) {
        if (CaseValues.CASE_DETAILS.contains(placeholder) || fieldKeys.contains(placeholder)) return null;
        return "((" + placeholder + ")) is not a detail of a case or a field of any process: use one of "
                + String.join(", ", CaseValues.CASE_DETAILS) + ", or the key of a process's field";
    }

    private static void placeholders(String field, String text, Set<String> fieldKeys, List<FieldProblem> problems) {
        if (blank(text)) return;
        var unbalanced = unbalanced(text);
        if (unbalanced != null) {
            problems.add(new FieldProblem(field, unbalanced));
            return;
        }
        for (var placeholder : TemplateText.placeholders(text)) {
            var why = unknown(placeholder, fieldKeys);
            if (why != null) problems.add(new FieldProblem(field, why));
        }
    }

    /** Why the text's double brackets do not pair up as {@code ((name))}, or null if they do. */
    static String unbalanced(String text) {
        var open = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            var pair = text.substring(i, i + 2);
            if (pair.equals("((")) {
                if (open >= 0) return "A placeholder opened with (( is not closed with )) before the next one opens";
                open = i;
                i++;
            } else if (pair.equals("))")) {
                if (open < 0) return "There is a )) with no (( before it: write placeholders as ((name))";
                if (text.substring(open + 2, i).isBlank()) return "A placeholder has no name: write ((name))";
                open = -1;
                i++;
            }
        }
        if (open >= 0) return "A placeholder opened with (( is not closed with ))";
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
