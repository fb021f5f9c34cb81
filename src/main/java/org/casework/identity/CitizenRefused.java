package org.casework.identity;

import java.util.Map;

/**
 * A citizen's details that cannot be saved, with one message per field (keyed by the field's name) fit for a GOV.UK
 * error summary. Nothing was saved.
 */
public class CitizenRefused extends RuntimeException {

    private final Map<String, String> problems;

    public CitizenRefused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
