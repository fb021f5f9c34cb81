package org.casework.definition;

import java.util.List;
import org.casework.platform.Refusal;

/** A new process cannot take a key that a process, published or still a draft, already has. */
public class ProcessAlreadyExists extends Refusal {

    public ProcessAlreadyExists(String key) {
        super(
                Kind.CONFLICT,
                "There is already a process with the key " + key,
                List.of(new Problem(
                        "key", "There is already a process with the key ‘" + key + "’: choose another key")));
    }
}
