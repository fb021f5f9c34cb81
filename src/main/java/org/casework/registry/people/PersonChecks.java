package org.casework.registry.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casework.platform.Refusal.Problem;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.NewAddress;
import org.casework.registry.NewContact;
import org.casework.registry.NewReference;
import org.casework.registry.UnknownLookupValue;
import org.springframework.stereotype.Component;

/**
 * Checks what an officer or a system typed about a person, collecting every problem with its field so a page can show
 * them all at once. Messages follow GOV.UK's wording for the same fields.
 */
@Component
public class PersonChecks {

    private static final int NAME_LENGTH = 100;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);
    // The shape of a UK postcode (A9 9AA … AA9A 9AA), with or without the space.
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    private final LookupLists lookups;
    private final Clock clock;

    PersonChecks(LookupLists lookups, Clock clock) {
        this.lookups = lookups;
        this.clock = clock;
    }

    /** Trimmed text, or null for nothing but spaces. */
    public static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public void names(List<Problem> problems, String prefix, String givenNames, String familyName) {
        name(problems, prefix + "givenNames", text(givenNames), "first name");
        name(problems, prefix + "familyName", text(familyName), "last name");
    }

    private static void name(List<Problem> problems, String field, String value, String what) {
        if (value == null) {
            problems.add(new Problem(field, "Enter the " + what));
        } else if (value.length() > NAME_LENGTH) {
            problems.add(new Problem(field, "The " + what + " must be " + NAME_LENGTH + " characters or fewer"));
        }
    }

    /** A date of birth: real, in the past, and not absurdly long ago; null when none was given. */
    public LocalDate dateOfBirth(List<Problem> problems, String field, String typed) {
        var date = date(problems, field, typed, "Date of birth");
        if (date == null) return null;
        if (!date.isBefore(LocalDate.now(clock))) {
            problems.add(new Problem(field, "Date of birth must be in the past"));
        } else if (date.isBefore(EARLIEST_BIRTH)) {
            problems.add(new Problem(field, "Date of birth must be after 1880"));
        }
        return date;
    }

    /** A real date written yyyy-MM-dd; null when none was given. */
    public LocalDate date(List<Problem> problems, String field, String typed, String label) {
        var text = text(typed);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(field, label + " must be a real date"));
            return null;
        }
    }

    public void contact(List<Problem> problems, String field, NewContact contact) {
        if (contact == null) {
            problems.add(new Problem(field + "type", "Choose a contact type"));
            return;
        }
        lookup(problems, field + "type", LookupList.CONTACT_TYPES, contact.type());
        var value = text(contact.value());
        if (value == null) {
            problems.add(new Problem(field + "value", "Enter the email address or phone number"));
            return;
        }
        switch (ContactKeys.kindOf(contact.type(), value)) {
            case EMAIL -> {
                if (!ContactKeys.isEmail(value))
                    problems.add(new Problem(
                            field + "value", "Enter an email address in the correct format, like name@example.com"));
            }
            case PHONE -> {
                if (ContactKeys.phone(value) == null)
                    problems.add(new Problem(
                            field + "value",
                            "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"));
            }
            case OTHER -> {
                if (value.length() > 320)
                    problems.add(new Problem(field + "value", "The contact detail must be 320 characters or fewer"));
            }
        }
    }

    public void reference(List<Problem> problems, String field, NewReference reference) {
        if (reference == null) {
            problems.add(new Problem(field + "type", "Choose a reference type"));
            return;
        }
        lookup(problems, field + "type", LookupList.REFERENCE_TYPES, reference.type());
        var value = text(reference.value());
        if (value == null) {
            problems.add(new Problem(field + "value", "Enter the reference"));
        } else if (value.length() > 100) {
            problems.add(new Problem(field + "value", "The reference must be 100 characters or fewer"));
        }
    }

    /** Checks an address; returns its postcode as written on letters (upper case, one space) or null. */
    public String address(List<Problem> problems, String field, NewAddress address) {
        if (address == null) {
            problems.add(new Problem(field + "line1", "Enter the first line of the address"));
            return null;
        }
        var line1 = text(address.line1());
        if (line1 == null) {
            problems.add(new Problem(
                    field + "line1",
                    address.uprn() == null ? "Enter the first line of the address" : "Enter the place's address"));
        } else if (line1.length() > 300) {
            problems.add(new Problem(field + "line1", "The first line must be 300 characters or fewer"));
        }
        if (text(address.line2()) != null && address.line2().strip().length() > 200) {
            problems.add(new Problem(field + "line2", "The second line must be 200 characters or fewer"));
        }
        if (text(address.town()) != null && address.town().strip().length() > 100) {
            problems.add(new Problem(field + "town", "The town or city must be 100 characters or fewer"));
        }
        if (address.uprn() != null && address.uprn() <= 0) {
            problems.add(new Problem(field + "uprn", "A UPRN is a positive number"));
        }
        var postcode = postcode(problems, field + "postcode", address.postcode());
        var from = date(problems, field + "from", address.from(), "The date they moved in");
        if (from != null && from.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem(field + "from", "The date they moved in must be today or in the past"));
        }
        return postcode;
    }

    /** A UK postcode, upper case with one space; a problem if it is missing or not shaped like one. */
    public String postcode(List<Problem> problems, String field, String typed) {
        var text = text(typed);
        if (text == null) {
            problems.add(new Problem(field, "Enter a postcode"));
            return null;
        }
        var key = ContactKeys.postcodeKey(text);
        if (!POSTCODE.matcher(key).matches()) {
            problems.add(new Problem(field, "Enter a real postcode, like SW1A 1AA"));
            return null;
        }
        return (key.substring(0, key.length() - 3) + " " + key.substring(key.length() - 3)).toUpperCase(Locale.ROOT);
    }

    private void lookup(List<Problem> problems, String field, LookupList list, String code) {
        try {
            lookups.require(field, list, text(code), null);
        } catch (UnknownLookupValue refused) {
            problems.addAll(refused.problems());
        }
    }

    public static List<Problem> none() {
        return new ArrayList<>();
    }
}
