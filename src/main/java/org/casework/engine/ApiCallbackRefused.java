package org.casework.engine;

import java.util.List;
import org.casework.platform.Refusal;

/** A callback that cannot be taken: an unknown address, one already used, or an answer that cannot be read. */
public class ApiCallbackRefused extends Refusal {

    private ApiCallbackRefused(Kind kind, String message, List<Problem> problems) {
        super(kind, message, problems);
    }

    static ApiCallbackRefused unknown() {
        return new ApiCallbackRefused(
                Kind.NOT_FOUND, "No callback has this address", List.of(new Problem("token", "is not known")));
    }

    static ApiCallbackRefused used() {
        return new ApiCallbackRefused(
                Kind.CONFLICT,
                "This callback address has been used: the case already has its answer",
                List.of(new Problem("token", "has been used")));
    }

    static ApiCallbackRefused unreadable(String reason) {
        return new ApiCallbackRefused(
                Kind.RULE_BROKEN,
                "The callback's body cannot be read: " + reason,
                List.of(new Problem("body", reason)));
    }
}
