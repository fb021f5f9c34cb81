package org.casework.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/**
 * The authenticator app on a test officer's phone: makes codes from the secret, with the same library the service
 * checks them with. The service accepts each time step's code once, so a second code comes from the next step, which
 * the service also accepts (as it does for a phone whose clock is a little ahead); a test needing a third code from
 * one app within a minute would have to wait, so none does.
 */
public final class AuthenticatorApp {

    private static final int PERIOD_SECONDS = 30;

    private final String secret;
    private long lastStep = Long.MIN_VALUE;

    public AuthenticatorApp(String secret) {
        this.secret = secret;
    }

    /** A code the service has not yet seen from this app. */
    public String nextCode() {
        var now = currentStep();
        var step = Math.max(now, lastStep + 1);
        if (step > now + 1) throw new IllegalStateException("This test asks for codes faster than one app makes them");
        lastStep = step;
        return codeAt(step);
    }

    /** A six-digit code that is none of those the service would accept now. */
    public String wrongCode() {
        var now = currentStep();
        for (var candidate = 0; ; candidate++) {
            var code = String.format("%06d", candidate);
            var valid = false;
            for (var step = now - 2; step <= now + 2; step++) valid |= code.equals(codeAt(step));
            if (!valid) return code;
        }
    }

    private String codeAt(long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long currentStep() {
        return Math.floorDiv(Instant.now().getEpochSecond(), PERIOD_SECONDS);
    }
}
