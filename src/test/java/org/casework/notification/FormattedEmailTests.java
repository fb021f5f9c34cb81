package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An email sent through the outbox carries the template's formatting as HTML in the council's layout, beside a plain
 * text part, and a citizen's answer inside it is shown as they typed it, never as markup.
 */
@IntegrationTest
class FormattedEmailTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Templates templates;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    @Test
    void theEmailHasAnHtmlPartWithTheFormattingAndAPlainTextPart() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin().api();
        var key = council.named("sofa-reported");
        var process = council.saveDraft(
                admin, """
                {
                  "key": "%s",
                  "name": "Report fly-tipping",
                  "fields": [{"key": "summary", "label": "What is it?", "type": "text", "mandatory": true}],
                  "start": "done",
                  "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(council.named("fly-tipping"), key), council.named("fly-tipping"));
        templates.save(
                new NotificationTemplate(
                        key,
                        "Report received",
                        "We have your report ((reference))",
                        "# We have your report\n\nYou told us about:\n\n^ ((summary))\n\nWhat happens next:\n\n"
                                + "1. We check it\n2. We clear it\n\n---\n\nFollow it at https://example.gov.uk/track.",
                        null,
                        0),
                "test");
        council.publishDraft(admin, process);
        var email = council.named("jo") + "@example.org";

        cases.start(new StartCase(
                process,
                Map.of("summary", "a sofa <script>alert(1)</script> & a fridge"),
                new Citizen("Jo Bloggs", email, null),
                "test",
                null));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !MailServer.htmlTo(email).isEmpty());
        var html = MailServer.htmlTo(email).getFirst();
        assertThat(html)
                .contains("Casework Borough Council")
                .containsPattern("<h2 style=\"[^\"]*\">We have your report</h2>")
                .containsPattern("<blockquote style=\"[^\"]*\"><p style=\"[^\"]*\">a sofa &lt;script&gt;alert\\(1\\)"
                        + "&lt;/script&gt; &amp; a fridge</p></blockquote>")
                .containsPattern("<ol style=\"[^\"]*\"><li[^>]*>We check it</li><li[^>]*>We clear it</li></ol>")
                .contains("<hr style=")
                .contains("<a href=\"https://example.gov.uk/track\">https://example.gov.uk/track</a>.")
                .doesNotContain("<script>");
        assertThat(MailServer.textsTo(email).getFirst().replace("\r\n", "\n"))
                .contains("We have your report\n===")
                .contains("    a sofa <script>alert(1)</script> & a fridge")
                .contains("1. We check it\n2. We clear it");
    }
}
