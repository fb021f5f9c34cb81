package org.casework.engine;

/**
 * Who asked, as the case records it: enough to find the case by name and to reply. Every part is optional (a
 * report can be anonymous). The person registry, when it comes, links a case to a person record beside this.
 */
public record Citizen(String name, String email, String phone) {

    public static final Citizen ANONYMOUS = new Citizen(null, null, null);

    public Citizen {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    /** The last word of the name, lower-cased, which searches by surname prefix match on; null without a name. */
    public String surnameKey() {
        if (name == null) return null;
        var words = name.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
