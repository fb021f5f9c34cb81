package org.casework.engine;

import java.util.List;
import org.casework.platform.Refusal;

/** A secret that cannot be stored as given, or one that is not there to remove. */
public class ApiSecretRefused extends Refusal {

    ApiSecretRefused(Kind kind, String message, List<Problem> problems) {
        super(kind, message, problems);
    }

    static ApiSecretRefused invalid(List<Problem> problems) {
        return new ApiSecretRefused(Kind.RULE_BROKEN, "The secret cannot be stored as given", problems);
    }

    static ApiSecretRefused notFound(String name) {
        return new ApiSecretRefused(
                Kind.NOT_FOUND, "No secret is stored as " + name, List.of(new Problem("name", "is not stored")));
    }
}
