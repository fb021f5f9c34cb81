package org.casework.registry.people;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a contact detail or reference is compared by: an email address in lower case, a phone number as its digits
 * in UK national form (+44 7700 900 982, 0044 7700900982 and 07700 900982 are all 07700900982), a reference in upper
 * case without spaces.
 */
public final class ContactKeys {

    // Good enough to catch slips (a missing @ or dot), as for citizens' accounts.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");
    private static final Pattern UK_NUMBER = Pattern.compile("^0[1-9]\\d{8,9}$");
    private static final Pattern INTERNATIONAL_NUMBER = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    /** How a contact detail is checked and compared, chosen from its type's code or, failing that, its value. */
    public enum Kind {
        EMAIL,
        PHONE,
        OTHER;

        static Kind of(String typeCode, String value) {
            var code = typeCode == null ? "" : typeCode.toLowerCase(Locale.ROOT);
            if (code.contains("email")) return EMAIL;
            if (code.contains("phone") || code.contains("mobile") || code.contains("fax") || code.contains("tel"))
                return PHONE;
            if (value != null && value.contains("@")) return EMAIL;
            if (value != null && phone(value) != null) return PHONE;
            return OTHER;
        }
    }

    private ContactKeys() {}

    public static Kind kindOf(String typeCode, String value) {
        return Kind.of(typeCode, value);
    }

    public static boolean isEmail(String value) {
        return value != null
                && value.length() <= 320
                && EMAIL.matcher(value.strip()).matches();
    }

    /** The number as its UK national digits (or + and digits for a number abroad); null if it is not a number. */
    public static String phone(String value) {
        if (value == null) return null;
        var digits = PHONE_PUNCTUATION.matcher(value.strip()).replaceAll("");
        digits = digits.replace("+44(0)", "+44").replace("(0)", "");
        if (digits.startsWith("0044")) digits = "+44" + digits.substring(4);
        if (digits.startsWith("+440")) digits = "+44" + digits.substring(4);
        if (digits.startsWith("+44")) digits = "0" + digits.substring(3);
        if (UK_NUMBER.matcher(digits).matches()
                || INTERNATIONAL_NUMBER.matcher(digits).matches()) return digits;
        return null;
    }

    /** The key a contact detail of this kind is stored and found by. */
    public static String keyOf(Kind kind, String value) {
        var typed = value.strip();
        return switch (kind) {
            case EMAIL -> typed.toLowerCase(Locale.ROOT);
            case PHONE -> {
                var number = phone(typed);
                yield number == null ? typed : number;
            }
            case OTHER -> typed.toLowerCase(Locale.ROOT);
        };
    }

    /** The keys a contact typed into a search might be stored under, whatever its type. */
    public static Set<String> searchKeysOf(String typed) {
        var keys = new LinkedHashSet<String>();
        var value = typed.strip();
        keys.add(value.toLowerCase(Locale.ROOT));
        var number = phone(value);
        if (number != null) keys.add(number);
        return keys;
    }

    /** A reference as compared: upper case, no spaces. */
    public static String referenceKey(String value) {
        return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** A UK postcode as compared: upper case, no spaces. */
    public static String postcodeKey(String value) {
        return value == null ? null : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
