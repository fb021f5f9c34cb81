package org.casework.casefile;

import java.util.ArrayList;
import java.util.List;
import org.casework.platform.Refusal.Problem;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.UnknownLookupValue;

/** Collects every problem with a new record before refusing it, so a form can show them all at once. */
final class Checks {

    static final int MAX_TEXT = 2000;

    private final List<Problem> problems = new ArrayList<>();

    /** The code, if it is on offer for the department; else a problem naming the field and the codes allowed. */
    String lookup(LookupLists lookups, String field, LookupList list, String code, String department, String what) {
        if (code == null || code.isBlank()) {
            problem(field, "Select " + what);
            return null;
        }
        try {
            return lookups.require(field, list, code.strip(), department).code();
        } catch (UnknownLookupValue unknown) {
            problems.addAll(unknown.problems());
            return null;
        }
    }

    /** The text stripped; a problem when it is missing (if required) or too long. */
    String text(String field, String text, boolean required, String whatToEnter) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            if (required) problem(field, whatToEnter);
            return null;
        }
        if (stripped.length() > MAX_TEXT) problem(field, "Use " + MAX_TEXT + " characters or fewer");
        return stripped;
    }

    void problem(String field, String reason) {
        problems.add(new Problem(field, reason));
    }

    void refuseIfAny() {
        if (!problems.isEmpty()) throw CaseFileRefused.invalid(problems);
    }
}
