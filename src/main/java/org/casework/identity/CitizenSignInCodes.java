package org.casework.identity;

import java.util.UUID;
import org.casework.platform.CouncilProperties;
import org.casework.platform.TextMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends a citizen the code of their two-step sign-in: by text message to their mobile when they asked to hear from us
 * by text (and a text service is set up), otherwise by email. A text the provider refuses is followed by the email.
 */
@Component
public class CitizenSignInCodes {

    /**
     * Where the code went, for the page that asks for it: {@code mobileEnding} is null for an email. Kept in the
     * session, which lives in the database, so it is serializable.
     */
    public record Sent(String mobileEnding) implements java.io.Serializable {
        public boolean byText() {
            return mobileEnding != null;
        }
    }

    private final Citizens citizens;
    private final CitizenMail mail;
    private final ObjectProvider<TextMessages> texts;
    private final CouncilProperties council;

    CitizenSignInCodes(
            Citizens citizens, CitizenMail mail, ObjectProvider<TextMessages> texts, CouncilProperties council) {
        this.citizens = citizens;
        this.mail = mail;
        this.texts = texts;
        this.council = council;
    }

    public Sent send(UUID citizen) {
        var code = citizens.newSignInCode(citizen);
        var account = code.to();
        var text = texts.getIfAvailable();
        var wantsTexts = account.notifyBy() == NotifyBy.SMS || account.notifyBy() == NotifyBy.BOTH;
        if (text == null || !text.canSend() || !wantsTexts || account.mobile() == null) {
            mail.signInCode(code);
            return new Sent(null);
        }
        text.sendLater(
                account.mobile(),
                "%s: your sign-in code is %s. It works for %d minutes."
                        .formatted(council.name(), code.secret(), Citizens.SIGN_IN_CODE_VALID_FOR.toMinutes()),
                "a sign-in code",
                () -> mail.signInCode(code));
        var digits = account.mobile().replaceAll("\\D", "");
        return new Sent(digits.substring(Math.max(0, digits.length() - 3)));
    }
}
