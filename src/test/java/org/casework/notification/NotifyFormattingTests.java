package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.notification.NotifyFormatting.Look;
import org.junit.jupiter.api.Test;

/** GOV.UK Notify's formatting, as a resident's email shows it: each construct, and nothing else ever markup. */
class NotifyFormattingTests {

    @Test
    void paragraphsAreSplitByBlankLinesAndKeepTheirLineBreaks() {
        assertThat(page("Dear Jo,\n\nWe have your request.\nThank you."))
                .isEqualTo("<p class=\"govuk-body\">Dear Jo,</p>\n"
                        + "<p class=\"govuk-body\">We have your request.<br>\nThank you.</p>\n");
    }

    @Test
    void aHashAndASpaceMakeAHeadingAndTwoASubHeading() {
        assertThat(page("# What happens next\n## Your bins\n#hashtag")).isEqualTo("""
                <h2 class="govuk-heading-m">What happens next</h2>
                <h3 class="govuk-heading-s">Your bins</h3>
                <p class="govuk-body">#hashtag</p>
                """);
    }

    @Test
    void starsDashesAndBulletsMakeABulletList() {
        assertThat(page("You need:\n* your reference\n- a photo\n• proof of address\n\nThanks"))
                .isEqualTo("""
                        <p class="govuk-body">You need:</p>
                        <ul class="govuk-list govuk-list--bullet"><li>your reference</li><li>a photo</li>\
                        <li>proof of address</li></ul>
                        <p class="govuk-body">Thanks</p>
                        """);
    }

    @Test
    void numbersMakeANumberedListAndALineStraightAfterAnItemCarriesItOn() {
        assertThat(page("1. Sign in\n2. Choose your request\nfrom the list\n3. Reply"))
                .isEqualTo("<ol class=\"govuk-list govuk-list--number\"><li>Sign in</li>"
                        + "<li>Choose your request<br>\nfrom the list</li><li>Reply</li></ol>\n");
    }

    @Test
    void aCaretMakesInsetText() {
        assertThat(page("^ You must reply by 1 March\n^ or we will close the case\n\nAfter"))
                .isEqualTo("<div class=\"govuk-inset-text\"><p class=\"govuk-body\">You must reply by 1 March<br>\n"
                        + "or we will close the case</p></div>\n<p class=\"govuk-body\">After</p>\n");
    }

    @Test
    void threeDashesMakeAHorizontalRuleEvenUnderALine() {
        assertThat(page("Above\n---\nBelow"))
                .isEqualTo("<p class=\"govuk-body\">Above</p>\n"
                        + "<hr class=\"govuk-section-break govuk-section-break--m govuk-section-break--visible\">\n"
                        + "<p class=\"govuk-body\">Below</p>\n");
    }

    @Test
    void bareAddressesAndBracketedLinksBecomeLinksWithoutTheFullStopThatEndsTheSentence() {
        assertThat(page("Track it at https://example.gov.uk/track?id=1&x=2. Or [sign in](https://example.gov.uk/in)."))
                .isEqualTo("<p class=\"govuk-body\">Track it at <a href=\"https://example.gov.uk/track?id=1&amp;x=2\">"
                        + "https://example.gov.uk/track?id=1&amp;x=2</a>. Or "
                        + "<a href=\"https://example.gov.uk/in\">sign in</a>.</p>\n");
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() {
        assertThat(page("[click](javascript:alert(1)) and [write](mailto:help@example.gov.uk)"))
                .isEqualTo("<p class=\"govuk-body\">[click](javascript:alert(1)) and "
                        + "<a href=\"mailto:help@example.gov.uk\">write</a></p>\n");
    }

    @Test
    void htmlInTheTemplateOrInAPlaceholdersValueIsShownAsTextNeverMarkup() {
        var filled = TemplateText.fill(
                "Your report: ((summary))\n\n# ((summary))",
                java.util.Map.of("summary", "<script>alert('x')</script> & <b>\"bold\"</b>"));

        var html = NotifyFormatting.html(filled, Look.EMAIL);

        assertThat(html)
                .doesNotContain("<script", "<b>")
                .contains("Your report: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                        + "&lt;b&gt;&quot;bold&quot;&lt;/b&gt;");
        assertThat(page("<img src=x onerror=alert(1)>"))
                .isEqualTo("<p class=\"govuk-body\">&lt;img src=x onerror=alert(1)&gt;</p>\n");
        assertThat(page("[x](https://a.example/\"onmouseover=\"alert(1))"))
                .doesNotContain("href=\"https://a.example/\"onmouseover");
    }

    @Test
    void anEmailCarriesItsStylesInlineSinceEmailClientsIgnoreStyleSheets() {
        var html = NotifyFormatting.html("# Heading\n\nText\n\n* one\n\n^ inset\n\n---", Look.EMAIL);

        assertThat(html)
                .contains("<h2 style=\"", "<p style=\"", "<ul style=\"", "<blockquote style=\"", "<hr style=\"")
                .doesNotContain("class=");
    }

    @Test
    void thePlainTextPartReadsWellWithoutFormatting() {
        assertThat(NotifyFormatting.plainText(
                        "# Next steps\n\nSee [your request](https://example.gov.uk/r/1).\n\n* one\n* two\n\n"
                                + "1. first\n2. second\n\n^ Reply by Friday\n\n---\nEnd"))
                .isEqualTo("""
                        Next steps
                        ==========

                        See your request (https://example.gov.uk/r/1).

                        • one
                        • two

                        1. first
                        2. second

                            Reply by Friday

                        ----------------------------------------

                        End
                        """);
    }

    @Test
    void textMessagesAreCountedAsTheNetworkCountsThem() {
        assertThat(SmsLength.characters("Hello")).isEqualTo(5);
        assertThat(SmsLength.characters("Cost: €5 [approx]")).isEqualTo(20);
        assertThat(SmsLength.fragments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsLength.fragments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsLength.fragments("a".repeat(918))).isEqualTo(6);
        assertThat(SmsLength.fragments("ŵ".repeat(70))).isEqualTo(1);
        assertThat(SmsLength.fragments("ŵ".repeat(71))).isEqualTo(2);
    }

    private static String page(String text) {
        return NotifyFormatting.html(text, Look.PAGE);
    }
}
