package org.casework.identity;

/** A username or team key that names nobody. */
public class UnknownStaff extends RuntimeException {

    private UnknownStaff(String message) {
        super(message);
    }

    public static UnknownStaff user(String username) {
        return new UnknownStaff("No staff member has the username '" + username + "'");
    }

    public static UnknownStaff team(String teamKey) {
        return new UnknownStaff("No team has the key '" + teamKey + "'");
    }
}
