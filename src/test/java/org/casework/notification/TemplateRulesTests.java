package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What stops a template being saved, each problem naming the field an administrator must fix. */
class TemplateRulesTests {

    private static final Set<String> FIELDS = Set.of("summary", "bin-type");

    @Test
    void aTemplateWithAKeyANameAnEmailAndATextUsingKnownPlaceholdersIsFine() {
        assertThat(problems(new NotificationTemplate(
                        "request-received",
                        "Request received",
                        "We have ((reference))",
                        "Dear ((Citizen  Name)),\n\nAbout ((summary)) and your ((bin-type)).",
                        "We have ((reference)).",
                        0)))
                .isEmpty();
    }

    @Test
    void aKeyAndANameAreNeeded() {
        assertThat(problems(new NotificationTemplate(" ", "", null, null, "Hello", 0)))
                .containsExactly(
                        new FieldProblem("key", "Enter a key, such as request-received"),
                        new FieldProblem("name", "Enter a name for the template"));
    }

    @Test
    void theKeyIsLowercaseWordsJoinedByHyphens() {
        assertThat(fields(new NotificationTemplate("Request_Received", "Name", null, null, "Hi", 0)))
                .containsExactly("key");
        assertThat(fields(new NotificationTemplate("request-", "Name", null, null, "Hi", 0)))
                .containsExactly("key");
    }

    @Test
    void aTemplateMustHaveAnEmailOrATextMessage() {
        assertThat(problems(new NotificationTemplate("empty", "Empty", null, " ", null, 0)))
                .containsExactly(
                        new FieldProblem("emailSubject", "Write an email, a text message or both"),
                        new FieldProblem("smsBody", "Write an email, a text message or both"));
    }

    @Test
    void anEmailNeedsASubjectAndASubjectNeedsAnEmail() {
        assertThat(problems(new NotificationTemplate("a", "A", null, "Body", null, 0)))
                .containsExactly(new FieldProblem("emailSubject", "Enter the email's subject"));
        assertThat(problems(new NotificationTemplate("a", "A", "Subject", null, "Text", 0)))
                .containsExactly(new FieldProblem("emailBody", "Write the email, or remove its subject"));
    }

    @Test
    void aPlaceholderMustBeADetailOfACaseOrAFieldOfSomeProcess() {
        assertThat(problems(new NotificationTemplate(
                        "a", "A", "About ((colour))", "Your ((summary)) in ((colour))", "((shade))", 0)))
                .containsExactly(
                        new FieldProblem(
                                "emailSubject",
                                "((colour)) is not a detail of a case or a field of any process: use one of"
                                        + " reference, service, stage, due date, estimated completion, tracking link,"
                                        + " citizen name, or the key of a process's field"),
                        new FieldProblem("emailBody", TemplateRules.unknown("colour", FIELDS)),
                        new FieldProblem("smsBody", TemplateRules.unknown("shade", FIELDS)));
    }

    @Test
    void doubleBracketsMustPairUp() {
        assertThat(problems(new NotificationTemplate("a", "A", "Hi ((reference)", "Body", null, 0)))
                .containsExactly(
                        new FieldProblem("emailSubject", "A placeholder opened with (( is not closed with ))"));
        assertThat(problems(new NotificationTemplate("a", "A", "Hi", "Dear reference))", null, 0)))
                .containsExactly(new FieldProblem(
                        "emailBody", "There is a )) with no (( before it: write placeholders as ((name))"));
        assertThat(fields(new NotificationTemplate("a", "A", null, null, "((reference ((stage))", 0)))
                .containsExactly("smsBody");
        assertThat(fields(new NotificationTemplate("a", "A", null, null, "Hello (( ))", 0)))
                .containsExactly("smsBody");
    }

    @Test
    void aTextMessageFitsInSixParts() {
        assertThat(problems(new NotificationTemplate("a", "A", null, null, "x".repeat(918), 0)))
                .isEmpty();
        assertThat(problems(new NotificationTemplate("a", "A", null, null, "x".repeat(917) + "€", 0)))
                .containsExactly(new FieldProblem(
                        "smsBody", "The text message must be 918 characters or fewer (6 messages); it has 919"));
    }

    private static List<FieldProblem> problems(NotificationTemplate template) {
        return TemplateRules.check(template, FIELDS);
    }

    private static List<String> fields(NotificationTemplate template) {
        return problems(template).stream().map(FieldProblem::field).toList();
    }
}
