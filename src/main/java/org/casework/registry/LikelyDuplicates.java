package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * The person was not added because they may be on the register already: the same date of birth with a similar name,
 * or the same email address, phone number or reference. Add them anyway by confirming they are someone else.
 */
public class LikelyDuplicates extends Refusal {

    private final List<LikelyDuplicate> matches;

    public LikelyDuplicates(List<LikelyDuplicate> matches) {
        super(
                Kind.CONFLICT,
                "This may be someone already on the register: "
                        + String.join(
                                "; ",
                                matches.stream().map(m -> m.person().name()).toList()),
                List.of(new Problem(
                        "confirmNotDuplicate",
                        "This may be someone already on the register; confirm they are someone else to add them")));
        this.matches = List.copyOf(matches);
    }

    public List<LikelyDuplicate> matches() {
        return matches;
    }
}
