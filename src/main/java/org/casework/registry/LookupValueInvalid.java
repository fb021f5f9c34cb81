package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/** A lookup value that cannot be saved as written; each problem names its field. Nothing was saved. */
public class LookupValueInvalid extends Refusal {

    public LookupValueInvalid(List<Problem> problems) {
        super(
                Kind.RULE_BROKEN,
                "The value cannot be saved: "
                        + String.join(
                                "; ", problems.stream().map(Problem::reason).toList()),
                problems);
    }
}
