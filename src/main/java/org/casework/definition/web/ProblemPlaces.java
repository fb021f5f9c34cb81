package org.casework.definition.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.ValidationProblem;

/**
 * Puts each validation problem beside the input it is about. The validator names places by JSON path ({@code
 * $.steps[2].routes[0].when.all[1].field}); an editor's inputs are named by the same paths relative to the thing
 * edited, so a problem goes to the input with its exact path, else to the nearest input above it (a problem with a
 * whole group goes to the group), else to the first input inside it, else to the editor's first input.
 */
final class ProblemPlaces {

    private ProblemPlaces() {}

    /**
     * The problems about the element at {@code elementPath} (such as {@code $.steps[2]}), as input name to message in
     * the order found; several about one input are joined.
     */
    static Map<String, String> place(
            List<ValidationProblem> problems, String elementPath, List<String> anchors, String fallback) {
        var placed = new LinkedHashMap<String, String>();
        for (var problem : problems) {
            var relative = relative(problem.path(), elementPath);
            if (relative == null) continue;
            placed.merge(anchor(relative, anchors, fallback), problem.message(), (a, b) -> a + ". " + b);
        }
        return placed;
    }

    /** The path below the element, "" for the element itself, null when the problem is about something else. */
    static String relative(String path, String elementPath) {
        if (path.equals(elementPath)) return "";
        if (path.startsWith(elementPath + ".")) return path.substring(elementPath.length() + 1);
        if (path.startsWith(elementPath + "[")) return path.substring(elementPath.length());
        return null;
    }

    static String anchor(String relative, List<String> anchors, String fallback) {
        if (anchors.contains(relative)) return relative;
        String best = null;
        for (var anchor : anchors) {
            if (anchor.isEmpty()) continue;
            if ((relative.startsWith(anchor + ".") || relative.startsWith(anchor + "["))
                    && (best == null || anchor.length() > best.length())) {
                best = anchor;
            }
        }
        if (best != null) return best;
        if (!relative.isEmpty()) {
            for (var anchor : anchors) {
                if (anchor.startsWith(relative + ".") || anchor.startsWith(relative + "[")) return anchor;
            }
        }
        return fallback;
    }

    /** Messages for the error summary, each with the id it links to. */
    record Linked(String anchor, String message) {}

    static List<Linked> linked(Map<String, String> placed) {
        var all = new ArrayList<Linked>();
        placed.forEach((anchor, message) -> all.add(new Linked(anchor, message)));
        return all;
    }
}
