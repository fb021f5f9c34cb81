package org.casework.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casework.platform.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' portal accounts: registering, confirming the email address, the profile, forgotten passwords and the
 * emailed sign-in code. Every secret sent by email is single-use and kept only as its SHA-256. The methods that make
 * a secret return it for the caller to email once the transaction has committed (see {@link CitizenMail}).
 */
@Service
public class Citizens {

    public static final Duration VERIFY_LINK_VALID_FOR = Duration.ofHours(24);
    public static final Duration PASSWORD_LINK_VALID_FOR = Duration.ofMinutes(30);
    public static final Duration SIGN_IN_CODE_VALID_FOR = Duration.ofMinutes(10);
    public static final int MINIMUM_PASSWORD_LENGTH = PasswordResets.MINIMUM_PASSWORD_LENGTH;

    // Good enough to catch slips (a missing @ or dot); the emailed link is the real check.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern MOBILE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");
    private static final int NAME_LENGTH = 100;

    private static final String VERIFY = "verify-email";
    private static final String NEW_PASSWORD = "new-password";
    private static final String SIGN_IN_CODE = "sign-in-code";

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final CitizenApiTokens apiTokens;
    private final ApplicationEventPublisher events;

    Citizens(
            JdbcClient db,
            PasswordEncoder passwords,
            Clock clock,
            CitizenApiTokens apiTokens,
            ApplicationEventPublisher events) {
        this.db = db;
        this.passwords = passwords;
        this.clock = clock;
        this.apiTokens = apiTokens;
        this.events = events;
    }

    /** A secret to email, and who to email it to. */
    public record Emailed(CitizenAccount to, String secret) {}

    /**
     * Registers a citizen and returns the link's secret that confirms their address. When the address already has an
     * account, nothing is created and the result says so ({@code secret} null): the page must answer exactly as for
     * a new account and email the holder instead, so that registering cannot tell anyone who has an account.
     */
    @Transactional
    public Emailed register(NewCitizen details) {
        var problems = new LinkedHashMap<String, String>();
        var givenName = Text.orNull(details.givenName());
        var familyName = Text.orNull(details.familyName());
        var email = Text.orNull(details.email());
        checkName(problems, "givenName", givenName, "first name");
        checkName(problems, "familyName", familyName, "last name");
        if (email == null) {
            problems.put("email", "Enter your email address");
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            problems.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        checkPassword(problems, "password", details.password());
        if (!problems.isEmpty()) throw new CitizenRefused(problems);

        var existing = byEmail(email);
        if (existing.isPresent()) return new Emailed(existing.get(), null);
        var id = UUID.randomUUID();
        db.sql("""
                        insert into citizens (id, email, email_key, password_hash, given_name, family_name, notify_by,
                            two_factor, failed_sign_ins, created_at, row_version)
                        values (:id, :email, :key, :hash, :given, :family, 'email', false, 0, :now, 0)""")
                .param("id", id)
                .param("email", email)
                .param("key", emailKey(email))
                .param("hash", passwords.encode(details.password()))
                .param("given", givenName)
                .param("family", familyName)
                .param("now", now())
                .update();
        var account = find(id).orElseThrow();
        return new Emailed(account, issue(id, VERIFY, VERIFY_LINK_VALID_FOR));
    }

    /** Another link for a citizen who has not confirmed their address yet; empty otherwise. */
    @Transactional
    public Optional<Emailed> newVerificationLink(String email) {
        return db.sql("select id from citizens where email_key = :key and email_verified_at is null")
                .param("key", emailKey(email))
                .query(UUID.class)
                .optional()
                .map(id -> new Emailed(find(id).orElseThrow(), issue(id, VERIFY, VERIFY_LINK_VALID_FOR)));
    }

    /**
     * Confirms the address the link was sent to, announcing {@link CitizenEmailConfirmed}; empty if the link is
     * unknown, used or out of date.
     */
    @Transactional
    public Optional<CitizenAccount> verifyEmail(String secret) {
        return redeem(secret, VERIFY).map(id -> {
            var confirmed = db.sql(
                            "update citizens set email_verified_at = :now where id = :id and email_verified_at is null")
                    .param("now", now())
                    .param("id", id)
                    .update();
            var account = find(id).orElseThrow();
            if (confirmed == 1) events.publishEvent(new CitizenEmailConfirmed(id, account.email()));
            return account;
        });
    }

    public Optional<CitizenAccount> find(UUID id) {
        return db.sql("select * from citizens where id = :id")
                .param("id", id)
                .query(Citizens::account)
                .optional();
    }

    public Optional<CitizenAccount> byEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        return db.sql("select * from citizens where email_key = :key")
                .param("key", emailKey(email))
                .query(Citizens::account)
                .optional();
    }

    /**
     * The account whose confirmed email address this is: the person a case names by that address, whose preferences
     * for hearing from the council apply to it.
     */
    public Optional<CitizenAccount> byConfirmedEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        return db.sql("select * from citizens where email_key = :key and email_verified_at is not null")
                .param("key", emailKey(email))
                .query(Citizens::account)
                .optional();
    }

    /** Saves the profile if nobody changed it since {@code version} was read; otherwise {@link CitizenChanged}. */
    @Transactional
    public CitizenAccount update(UUID id, CitizenProfile profile, long version) {
        var problems = new LinkedHashMap<String, String>();
        var givenName = Text.orNull(profile.givenName());
        var familyName = Text.orNull(profile.familyName());
        checkName(problems, "givenName", givenName, "first name");
        checkName(problems, "familyName", familyName, "last name");
        var mobile = Text.orNull(profile.mobile());
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            problems.put("mobile", "Enter a mobile number, like 07700 900 982 or +44 7700 900 982");
        }
        if (profile.notifyBy() == null) {
            problems.put("notifyBy", "Select how you want us to contact you");
        } else if ((profile.notifyBy() == NotifyBy.SMS || profile.notifyBy() == NotifyBy.BOTH) && mobile == null) {
            problems.put("mobile", "Enter a mobile number if you want text messages");
        }
        if (profile.dateOfBirth() != null && profile.dateOfBirth().isAfter(LocalDate.now(clock))) {
            problems.put("dateOfBirth", "Date of birth must be in the past");
        }
        var address = profile.address() == null ? CitizenAddress.NONE : profile.address();
        if (!address.isEmpty() && (address.line1() == null || address.postcode() == null)) {
            problems.put("address", "Enter the first line of your address and your postcode, or leave the address out");
        }
        if (!problems.isEmpty()) throw new CitizenRefused(problems);
        var updated = db.sql("""
                        update citizens set given_name = :given, family_name = :family, date_of_birth = :dob,
                            mobile = :mobile, address_line_1 = :line1, address_line_2 = :line2, town = :town,
                            postcode = :postcode, uprn = :uprn, notify_by = :notifyBy, two_factor = :twoFactor,
                            row_version = row_version + 1
                        where id = :id and row_version = :version""")
                .param("given", givenName)
                .param("family", familyName)
                .param("dob", profile.dateOfBirth())
                .param("mobile", mobile)
                .param("line1", address.line1())
                .param("line2", address.line2())
                .param("town", address.town())
                .param("postcode", address.postcode())
                .param("uprn", address.uprn())
                .param("notifyBy", profile.notifyBy().value())
                .param("twoFactor", profile.twoFactor())
                .param("id", id)
                .param("version", version)
                .update();
        if (updated != 1) throw new CitizenChanged();
        return find(id).orElseThrow();
    }

    /**
     * A link to choose a new password, for a citizen with a confirmed address; empty otherwise, which the caller must
     * not reveal. Older links stop working.
     */
    @Transactional
    public Optional<Emailed> newPasswordLink(String email) {
        return byEmail(email).filter(account -> isVerified(account.id())).map(account -> {
            deleteTokens(account.id(), NEW_PASSWORD);
            return new Emailed(account, issue(account.id(), NEW_PASSWORD, PASSWORD_LINK_VALID_FOR));
        });
    }

    /** Whether the link would still change a password. */
    public boolean isValidPasswordLink(String secret) {
        return holder(secret, NEW_PASSWORD).isPresent();
    }

    /**
     * Sets a new password with the link, which then stops working, lifts any lockout and ends every API sign-in. False, changing nothing, if
     * the link is unknown, used or out of date; {@link CitizenRefused} if the password is too short.
     */
    @Transactional
    public boolean choosePassword(String secret, String password) {
        var problems = new LinkedHashMap<String, String>();
        checkPassword(problems, "password", password);
        if (!problems.isEmpty()) throw new CitizenRefused(problems);
        return redeem(secret, NEW_PASSWORD)
                .map(id -> {
                    // Whoever knew the old password may hold a token made with it: every app signs in again.
                    apiTokens.revokeAll(id);
                    return db.sql("""
                                    update citizens set password_hash = :hash, failed_sign_ins = 0, locked_until = null
                                    where id = :id""")
                            .param("hash", passwords.encode(password))
                            .param("id", id)
                            .update();
                })
                .isPresent();
    }

    /** A six-digit code to email for the second step of signing in; earlier codes stop working. */
    @Transactional
    public Emailed newSignInCode(UUID id) {
        var account = find(id).orElseThrow();
        deleteTokens(id, SIGN_IN_CODE);
        var code = Secrets.newCode(6);
        store(id, SIGN_IN_CODE, codeHash(id, code), SIGN_IN_CODE_VALID_FOR);
        return new Emailed(account, code);
    }

    /** Uses the citizen's current sign-in code; false if it is wrong, used or out of date. */
    @Transactional
    public boolean acceptSignInCode(UUID id, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) return false;
        var deleted = db.sql("""
                        delete from citizen_tokens
                        where token_hash = :hash and citizen_id = :id and purpose = :purpose and expires_at > :now""")
                .param("hash", codeHash(id, code.strip()))
                .param("id", id)
                .param("purpose", SIGN_IN_CODE)
                .param("now", now())
                .update();
        return deleted == 1;
    }

    private boolean isVerified(UUID id) {
        return db.sql("select count(*) from citizens where id = :id and email_verified_at is not null")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String issue(UUID id, String purpose, Duration validFor) {
        var secret = Secrets.newToken();
        store(id, purpose, Secrets.sha256(secret), validFor);
        return secret;
    }

    private void store(UUID id, String purpose, String hash, Duration validFor) {
        var now = now();
        db.sql("delete from citizen_tokens where expires_at <= :now")
                .param("now", now)
                .update();
        db.sql("""
                        insert into citizen_tokens (token_hash, citizen_id, purpose, created_at, expires_at)
                        values (:hash, :id, :purpose, :now, :expires)""")
                .param("hash", hash)
                .param("id", id)
                .param("purpose", purpose)
                .param("now", now)
                .param("expires", now.plus(validFor))
                .update();
    }

    private Optional<UUID> holder(String secret, String purpose) {
        if (secret == null || secret.isBlank()) return Optional.empty();
        return db.sql("""
                        select citizen_id from citizen_tokens
                        where token_hash = :hash and purpose = :purpose and expires_at > :now""")
                .param("hash", Secrets.sha256(secret))
                .param("purpose", purpose)
                .param("now", now())
                .query(UUID.class)
                .optional();
    }

    /** Deleting is what makes a secret single-use: of two requests racing with it, only one deletes the row. */
    private Optional<UUID> redeem(String secret, String purpose) {
        var holder = holder(secret, purpose);
        if (holder.isEmpty()) return holder;
        var deleted = db.sql("delete from citizen_tokens where token_hash = :hash")
                .param("hash", Secrets.sha256(secret))
                .update();
        return deleted == 1 ? holder : Optional.empty();
    }

    private void deleteTokens(UUID id, String purpose) {
        db.sql("delete from citizen_tokens where citizen_id = :id and purpose = :purpose")
                .param("id", id)
                .param("purpose", purpose)
                .update();
    }

    private static String codeHash(UUID id, String code) {
        return Secrets.sha256(id + ":" + code);
    }

    private static void checkName(java.util.Map<String, String> problems, String field, String value, String what) {
        if (value == null) {
            problems.put(field, "Enter your " + what);
        } else if (value.length() > NAME_LENGTH) {
            problems.put(field, "Your " + what + " must be " + NAME_LENGTH + " characters or fewer");
        }
    }

    private static void checkPassword(java.util.Map<String, String> problems, String field, String password) {
        if (password == null || password.isEmpty()) {
            problems.put(field, "Enter a password");
        } else if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            problems.put(field, "Your password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        } else if (password.length() > 200) {
            problems.put(field, "Your password must be 200 characters or fewer");
        }
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static CitizenAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new CitizenAccount(
                row.getObject("id", UUID.class),
                row.getString("email"),
                row.getString("given_name"),
                row.getString("family_name"),
                row.getObject("date_of_birth", LocalDate.class),
                row.getString("mobile"),
                new CitizenAddress(
                        row.getString("address_line_1"),
                        row.getString("address_line_2"),
                        row.getString("town"),
                        row.getString("postcode"),
                        row.getObject("uprn", Long.class)),
                NotifyBy.of(row.getString("notify_by")),
                row.getBoolean("two_factor"),
                row.getLong("row_version"));
    }
}
