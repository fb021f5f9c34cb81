package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/** A change to the register that breaks a rule; each problem names its field. Nothing was changed. */
public class PersonInvalid extends Refusal {

    public PersonInvalid(List<Problem> problems) {
        super(
                Kind.RULE_BROKEN,
                String.join("; ", problems.stream().map(Problem::reason).toList()),
                problems);
    }

    public PersonInvalid(String field, String reason) {
        this(List.of(new Problem(field, reason)));
    }
}
