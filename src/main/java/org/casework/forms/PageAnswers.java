package org.casework.forms;

import java.util.Map;

/**
 * What a page's answers came to: the answers as typed (to save, and to show again) and, per field, what is wrong with
 * them in words for the citizen. Empty {@code problems} means the page can be left.
 */
public record PageAnswers(Map<String, String> typed, Map<String, String> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
