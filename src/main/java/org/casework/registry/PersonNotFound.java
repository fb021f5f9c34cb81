package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/** There is no person with this id on the register. */
public class PersonNotFound extends Refusal {

    public PersonNotFound(PersonId id) {
        super(Kind.NOT_FOUND, "There is no person " + id + " on the register", List.of());
    }
}
