package org.casework.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casework.engine.calls.SecretRows;
import org.casework.platform.Refusal.Problem;
import org.springframework.stereotype.Service;

/**
 * The secrets API steps send ({@code {{secret:revenues-token}}} in a header or URL), set by administrators. Values are
 * sealed before they are stored and never shown again, logged or written to a timeline: anyone may list the names, and
 * a value can only be replaced or removed.
 */
@Service
public class ApiSecrets {

    /** The same shape as a definition's keys, so a step names a secret as it names anything else. */
    static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final int NAME_LIMIT = 60;
    static final int VALUE_LIMIT = 2000;

    private final SecretRows rows;

    ApiSecrets(SecretRows rows) {
        this.rows = rows;
    }

    /** The stored secrets by name, without their values. */
    public List<ApiSecret> list() {
        return rows.list();
    }

    /** Stores the secret, replacing any value it had; returns true if it is new. */
    public boolean set(String name, String value, String by) {
        var problems = new ArrayList<Problem>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "Enter a name for the secret"));
        } else if (name.length() > NAME_LIMIT || !NAME.matcher(name).matches()) {
            problems.add(new Problem(
                    "name",
                    "The name must be lowercase letters and digits joined by hyphens, such as revenues-token, "
                            + NAME_LIMIT + " characters or fewer"));
        }
        if (value == null || value.isBlank()) {
            problems.add(new Problem("value", "Enter the secret"));
        } else if (value.length() > VALUE_LIMIT) {
            problems.add(new Problem("value", "The secret must be " + VALUE_LIMIT + " characters or fewer"));
        } else if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            // It may be sent in a header, where a line break would start another header.
            problems.add(new Problem("value", "The secret must be on one line"));
        }
        if (!problems.isEmpty()) throw ApiSecretRefused.invalid(problems);
        return rows.save(name, value, by);
    }

    /** Removes the secret; steps that send it fail into an incident until it is set again. */
    public void remove(String name) {
        if (!rows.delete(name)) throw ApiSecretRefused.notFound(name);
    }
}
