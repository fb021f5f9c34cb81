package org.casework.identity;

/** How a citizen wants to hear about their requests. */
public enum NotifyBy {
    EMAIL("Email"),
    SMS("Text message"),
    BOTH("Email and text message"),
    NONE("Do not contact me: I will check online");

    private final String label;

    NotifyBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Null for anything that is not one of the values, so a form can say which answer is missing. */
    public static NotifyBy of(String value) {
        if (value == null) return null;
        for (var choice : values()) {
            if (choice.value().equals(value)) return choice;
        }
        return null;
    }
}
