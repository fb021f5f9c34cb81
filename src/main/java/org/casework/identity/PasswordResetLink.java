package org.casework.identity;

/**
 * A one-time link just made for a staff member, to be emailed to them. The token exists only here, in memory, until
 * the email carries it: never log it.
 */
public record PasswordResetLink(String username, String displayName, String email, String token) {

    @Override
    public String toString() {
        return "PasswordResetLink[username=" + username + "]";
    }
}
