package org.casework.identity;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * Signing in through the API did not work: a wrong email address or password (never saying which), a locked
 * account, an address not yet confirmed, or a wrong or expired code. Named the fields the portal's page names.
 */
public class CitizenSignInRefused extends Refusal {

    /** Why, for a client that wants to react (offer a new confirmation link, say when to try again). */
    public enum Reason {
        WRONG_PASSWORD,
        LOCKED,
        UNCONFIRMED,
        WRONG_CODE,
        CHALLENGE_EXPIRED
    }

    private final Reason reason;

    public CitizenSignInRefused(Reason reason, String field, String message) {
        super(Kind.RULE_BROKEN, message, List.of(new Problem(field, message)));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
