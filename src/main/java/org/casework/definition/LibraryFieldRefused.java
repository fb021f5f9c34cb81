package org.casework.definition;

import java.util.List;
import org.casework.platform.Refusal;

/** A field that cannot go into the shared field library as it is. */
public class LibraryFieldRefused extends Refusal {

    public LibraryFieldRefused(List<Problem> problems) {
        super(
                Kind.RULE_BROKEN,
                "The field cannot go into the library: " + problems.getFirst().reason(),
                problems);
    }
}
