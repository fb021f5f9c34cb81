package org.casework.registry;

/**
 * What to search the register by; blank parts are ignored and the rest must all match. The name matches by prefix,
 * by sound (Smyth finds Smith) and without accents or case, on current and previous names; the contact is an email
 * address or a phone number in any spacing; the postcode that of any address, current ones first.
 */
public record PersonCriteria(String name, String dateOfBirth, String reference, String contact, String postcode) {

    public static PersonCriteria byName(String name) {
        return new PersonCriteria(name, null, null, null, null);
    }

    public boolean isEmpty() {
        return blank(name) && blank(dateOfBirth) && blank(reference) && blank(contact) && blank(postcode);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
