package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * A value given for a field is not an active value of its lookup list (for the department, where the list is kept
 * per department). The message and the field's problem list the codes that are allowed, so the caller can correct it.
 */
public class UnknownLookupValue extends Refusal {

    private final List<String> allowed;

    public UnknownLookupValue(String field, LookupList list, String given, List<LookupValue> offered) {
        super(
                Kind.RULE_BROKEN,
                reason(list, given, codes(offered)),
                List.of(new Problem(field, reason(list, given, codes(offered)))));
        this.allowed = codes(offered);
    }

    private static List<String> codes(List<LookupValue> values) {
        return values.stream().map(LookupValue::code).toList();
    }

    /** The codes that would have been accepted. */
    public List<String> allowed() {
        return allowed;
    }

    private static String reason(LookupList list, String given, List<String> allowed) {
        var what = given == null || given.isBlank() ? "Nothing" : "'" + given + "'";
        return what + " is not one of the " + list.title().toLowerCase() + "; use one of: "
                + (allowed.isEmpty() ? "(none set up)" : String.join(", ", allowed));
    }
}
