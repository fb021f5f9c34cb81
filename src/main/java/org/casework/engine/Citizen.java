package org.casework.engine;

/**
 * Who asked, as the case records it: enough to find the case by name and to reply. Every part is optional (a
 * report can be anonymous). The person registry, when it comes, links a case to a person record beside this.
 */
public record Citizen(String name, String email, String phone) {

    public static final Citizen ANONYMOUS = new Citizen(null, null, null);

    /** The longest surname key the case keeps; longer surnames are searched by their first 100 letters. */
    static final int SURNAME_KEY_LENGTH = 100;

    public Citizen {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    /** The last word of the name, lower-cased, which searches by surname prefix match on; null without a name. */
    public String surnameKey() {
        if (name == null) return null;
        var words = name.trim().split("\\s+");
        var surname = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return surname.length() > SURNAME_KEY_LENGTH ? surname.substring(0, SURNAME_KEY_LENGTH) : surname;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
