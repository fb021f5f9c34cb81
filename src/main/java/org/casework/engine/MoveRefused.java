package org.casework.engine;

import java.util.List;
import org.casework.platform.Refusal;

/** A case cannot be moved to the stage asked for: its process runs its stages in order, or has no such stage. */
public class MoveRefused extends Refusal {

    public MoveRefused(String field, String reason) {
        super(Kind.RULE_BROKEN, reason, List.of(new Problem(field, reason)));
    }
}
