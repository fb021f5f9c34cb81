package org.casework.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The reason given for abandoning a case is not on the list. */
public class UnknownAbandonReason extends RuntimeException {

    public UnknownAbandonReason(String given, List<AbandonReason> allowed) {
        super("'" + given + "' is not a reason for abandoning a case; use one of "
                + allowed.stream().map(AbandonReason::key).collect(Collectors.joining(", ")));
    }
}
