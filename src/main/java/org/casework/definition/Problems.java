package org.casework.definition;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far while validating one definition, in the order they were found. */
final class Problems {

    private final List<ValidationProblem> found = new ArrayList<>();

    void add(DocumentPath path, String message) {
        found.add(new ValidationProblem(path.text(), message));
    }

    List<ValidationProblem> list() {
        return List.copyOf(found);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
