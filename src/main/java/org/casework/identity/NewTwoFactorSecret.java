package org.casework.identity;

import java.io.Serializable;

/**
 * A two-factor secret being set up: shown to its owner as text (to type into an app) and as a QR code (a {@code data:}
 * URI of a PNG, to scan). Kept in the session until a code confirms it; never log it.
 */
public record NewTwoFactorSecret(String secret, String qrCodeDataUri) implements Serializable {

    @Override
    public String toString() {
        return "NewTwoFactorSecret[hidden]";
    }
}
