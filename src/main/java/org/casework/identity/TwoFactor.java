package org.casework.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app: time-based one-time codes (RFC 6238: six digits, a new one every 30
 * seconds, SHA-1, as every common app expects). Optional for staff, required of administrators, who cannot turn it
 * off. The secret is shown once, while it is set up, and never again; an administrator can clear it for someone who
 * has lost their phone, who then signs in with their password alone (and an administrator must set it up again).
 */
@Service
public class TwoFactor {

    static final int PERIOD_SECONDS = 30;

    /** Codes from the step before and after now are accepted too, for phones whose clocks are a little out. */
    private static final int ALLOWED_STEPS_APART = 1;

    private static final String ISSUER = "Casework";

    private final JdbcClient db;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator();

    TwoFactor(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A fresh secret to set up, with the QR code an app scans; nothing is saved until {@link #turnOn}. */
    public NewTwoFactorSecret newSecret(String username) {
        var secret = new DefaultSecretGenerator().generate();
        var qr = new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return new NewTwoFactorSecret(
                    secret, Utils.getDataUriForImage(generator.generate(qr), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    public boolean isOn(String username) {
        return db.sql("select count(*) from users where username = :username and two_factor_secret is not null")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Turns two-factor sign-in on with the secret just shown, if the code proves the app has it. Returns false,
     * changing nothing, for a wrong code.
     */
    @Transactional
    public boolean turnOn(String username, String secret, String code) {
        var step = matchingStep(secret, code, Long.MIN_VALUE);
        if (step.isEmpty()) return false;
        return db.sql("""
                                update users set two_factor_secret = :secret, two_factor_last_step = :step
                                where username = :username and two_factor_secret is null""")
                        .param("secret", secret)
                        .param("step", step.get())
                        .param("username", username)
                        .update()
                == 1;
    }

    /**
     * Whether the code is this person's current one, not used before: each code works once, so one seen over a
     * shoulder or in a log is no use afterwards. False for someone with two-factor sign-in off.
     */
    @Transactional
    public boolean check(String username, String code) {
        var stored = db.sql("select two_factor_secret, two_factor_last_step from users where username = :username"
                        + " and two_factor_secret is not null for update")
                .param("username", username)
                .query((row, rowNumber) -> new Stored(
                        row.getString("two_factor_secret"), row.getObject("two_factor_last_step", Long.class)))
                .optional();
        if (stored.isEmpty()) return false;
        var lastStep =
                stored.get().lastStep() == null ? Long.MIN_VALUE : stored.get().lastStep();
        var step = matchingStep(stored.get().secret(), code, lastStep);
        if (step.isEmpty()) return false;
        db.sql("update users set two_factor_last_step = :step where username = :username")
                .param("step", step.get())
                .param("username", username)
                .update();
        return true;
    }

    /** Turns it off, with a current code; administrators must keep it on. */
    @Transactional
    public boolean turnOff(StaffPrincipal who, String code) {
        if (who.roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("Administrators must keep two-factor sign-in on");
        }
        if (!check(who.username(), code)) return false;
        clear(who.username());
        return true;
    }

    /** For someone who has lost their authenticator: only an administrator may do it, and not to themselves. */
    @Transactional
    public void reset(StaffPrincipal administrator, String username) {
        if (!administrator.can(Permission.ADMINISTER)) {
            throw new AccessDeniedException("Only an administrator can reset someone's two-factor sign-in");
        }
        if (administrator.username().equals(username)) {
            throw new AccessDeniedException("Another administrator must reset your two-factor sign-in");
        }
        if (clear(username) != 1) throw UnknownStaff.user(username);
    }

    private int clear(String username) {
        return db.sql("update users set two_factor_secret = null, two_factor_last_step = null"
                        + " where username = :username")
                .param("username", username)
                .update();
    }

    /**
     * The time step, after {@code after}, whose code this is. The library makes each step's code; only the choice of
     * step is ours, so that a step once used is never accepted again.
     */
    private Optional<Long> matchingStep(String secret, String code, long after) {
        if (code == null) return Optional.empty();
        var given = code.replaceAll("\\s", "");
        if (!given.matches("\\d{6}")) return Optional.empty();
        var now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (var step = now - ALLOWED_STEPS_APART; step <= now + ALLOWED_STEPS_APART; step++) {
            if (step <= after) continue;
            if (sameCode(codeAt(secret, step), given)) return Optional.of(step);
        }
        return Optional.empty();
    }

    private String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not make a code from the stored secret", e);
        }
    }

    /** Compares in constant time, so response times do not leak how many digits were right. */
    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private record Stored(String secret, Long lastStep) {}
}
