package org.casework.engine;

import java.util.List;
import org.casework.platform.Refusal;

/** The case has no earlier step people worked on, so there is nothing to send it back to. */
public class CannotSendBack extends Refusal {

    public CannotSendBack(String reference, String step) {
        super(
                Kind.CONFLICT,
                "Case " + reference + " has no earlier step that someone worked on before '" + step
                        + "', so it cannot be sent back",
                List.of(new Problem("to", "there is no earlier step to send case " + reference + " back to")));
    }
}
