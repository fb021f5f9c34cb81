package org.casework.work;

import java.time.LocalDate;
import org.casework.engine.CaseStatus;

/**
 * What staff search cases by; every part is optional and blank text counts as not given. Dates are whole days in
 * the council's time zone, both ends included.
 *
 * @param citizenName a surname, or a full name searched by its last word, matching every surname that starts so
 * @param postcode written as the case keeps it, upper case with one space (SW1A 1AA)
 * @param assignee the username of the officer who holds the case's open work
 * @param fieldKey with {@code fieldValue}: a field's answer the case holds, matched whole regardless of case
 */
public record CaseCriteria(
        String reference,
        String citizenName,
        String postcode,
        CaseStatus status,
        String process,
        String stage,
        String assignee,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        String fieldKey,
        String fieldValue) {

    public CaseCriteria {
        reference = blankToNull(reference);
        citizenName = blankToNull(citizenName);
        postcode = blankToNull(postcode);
        process = blankToNull(process);
        stage = blankToNull(stage);
        assignee = blankToNull(assignee);
        fieldKey = blankToNull(fieldKey);
        fieldValue = blankToNull(fieldValue);
    }

    /** No filters: every case the person may see. */
    public static CaseCriteria any() {
        return new CaseCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
