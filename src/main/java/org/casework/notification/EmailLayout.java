package org.casework.notification;

import org.casework.platform.CouncilProperties;
import org.springframework.stereotype.Component;

/**
 * Wraps an email's formatted body in a plain GOV.UK-style email: a black bar with the council's name, the body in one
 * column of at most 580 pixels, all styles inline (email clients ignore style sheets), no images.
 */
@Component
class EmailLayout {

    private final CouncilProperties council;

    EmailLayout(CouncilProperties council) {
        this.council = council;
    }

    /** The whole HTML document of an email whose body is written in Notify's formatting. */
    String html(String subject, String body) {
        var name = NotifyFormatting.escape(council.name());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                </head>
                <body style="margin: 0; padding: 0; background: #ffffff;">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;">
                <tr><td style="background: #0b0c0c; padding: 15px 10px;">
                <table role="presentation" width="580" align="center" cellpadding="0" cellspacing="0" border="0" style="max-width: 580px; width: 100%%;">
                <tr><td style="font-family: Helvetica, Arial, sans-serif; font-size: 28px; line-height: 1.3; font-weight: bold; color: #ffffff;">%s</td></tr>
                </table>
                </td></tr>
                <tr><td style="padding: 30px 10px;">
                <table role="presentation" width="580" align="center" cellpadding="0" cellspacing="0" border="0" style="max-width: 580px; width: 100%%;">
                <tr><td>
                %s</td></tr>
                </table>
                </td></tr>
                </table>
                </body>
                </html>
                """.formatted(
                        NotifyFormatting.escape(subject == null ? "" : subject),
                        name,
                        NotifyFormatting.html(body, NotifyFormatting.Look.EMAIL));
    }

    /** The plain-text part of the same email. */
    String text(String body) {
        return NotifyFormatting.plainText(body);
    }
}
