package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks how the steps fit together as a graph: the start exists, every step can be reached from it, an end can be
 * reached, and no loop traps a case, either spinning without ever waiting for a person, a timer or the citizen, or
 * with no way
 * out to an end.
 */
final class GraphRules {

    private final ProcessDefinition definition;
    /** Steps by key in document order, first definition winning; duplicates are reported elsewhere. */
    private final Map<String, Step> steps = new LinkedHashMap<>();

    private final Map<String, Integer> positions = new HashMap<>();

    GraphRules(ProcessDefinition definition) {
        this.definition = definition;
        for (int i = 0; i < definition.steps().size(); i++) {
            var step = definition.steps().get(i);
            if (!isBlank(step.key()) && !steps.containsKey(step.key())) {
                steps.put(step.key(), step);
                positions.put(step.key(), i);
            }
        }
    }

    void check(Problems problems) {
        if (definition.steps().isEmpty()) {
            problems.add(
                    DocumentPath.ROOT.property("steps"), "The process has no steps: add a first step and an end step");
            return;
        }
        var start = definition.start();
        if (isBlank(start)) {
            problems.add(
                    DocumentPath.ROOT.property("start"),
                    "The process has no start step: set 'start' to the key of the first step");
            return;
        }
        if (!steps.containsKey(start)) {
            problems.add(DocumentPath.ROOT.property("start"), "The start step '" + start + "' does not exist");
            return;
        }
        var reachable = reachableFrom(start);
        steps.keySet().stream()
                .filter(key -> !reachable.contains(key))
                .forEach(key -> problems.add(
                        path(key),
                        "Step '" + key + "' cannot be reached from the start: lead to it from another step, or remove"
                                + " it"));
        if (reachable.stream().noneMatch(key -> steps.get(key) instanceof Step.End)) {
            problems.add(
                    DocumentPath.ROOT.property("steps"),
                    "No end step can be reached from the start, so cases could never close: add an end step");
        }
        for (var loop : loops(reachable)) checkLoop(loop, problems);
    }

    private void checkLoop(List<String> loop, Problems problems) {
        var names = describe(loop);
        var first = path(loop.getFirst());
        if (loop.stream().noneMatch(key -> steps.get(key).waits())) {
            problems.add(
                    first,
                    names + " with no task, timer or information request, so a case would go round it for ever: add"
                            + " a task or timer to the loop");
        }
        var inLoop = new HashSet<>(loop);
        var exits = loop.stream()
                .flatMap(key -> steps.get(key).successors().stream())
                .anyMatch(next -> next != null && !inLoop.contains(next));
        if (!exits) {
            problems.add(
                    first,
                    names + " with no way out to an end step, so cases in it could never close: add a route out");
        }
    }

    private static String describe(List<String> loop) {
        if (loop.size() == 1) return "Step '" + loop.getFirst() + "' leads back to itself";
        var quoted = loop.stream().map(key -> "'" + key + "'").toList();
        return "Steps " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.getLast()
                + " form a loop";
    }

    private Set<String> reachableFrom(String start) {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(start);
        while (!queue.isEmpty()) {
            var key = queue.poll();
            if (!seen.add(key)) continue;
            successors(key).forEach(queue::add);
        }
        return seen;
    }

    private List<String> successors(String key) {
        return steps.get(key).successors().stream().filter(steps::containsKey).toList();
    }

    /**
     * The loops among the reachable steps: strongly connected components (Tarjan's algorithm) of more than one step,
     * or of one step that leads to itself, each in document order.
     */
    private List<List<String>> loops(Set<String> reachable) {
        var tarjan = new Tarjan();
        steps.keySet().stream()
                .filter(reachable::contains)
                .filter(key -> !tarjan.index.containsKey(key))
                .forEach(tarjan::visit);
        return tarjan.components.stream()
                .filter(c -> c.size() > 1 || successors(c.getFirst()).contains(c.getFirst()))
                .map(c -> c.stream()
                        .sorted((a, b) -> positions.get(a) - positions.get(b))
                        .collect(Collectors.toList()))
                .sorted((a, b) -> positions.get(a.getFirst()) - positions.get(b.getFirst()))
                .toList();
    }

    private DocumentPath path(String key) {
        return DocumentPath.ROOT.property("steps").index(positions.get(key));
    }

    private final class Tarjan {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> lowLink = new HashMap<>();
        final ArrayDeque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new HashSet<>();
        final List<List<String>> components = new ArrayList<>();

        void visit(String key) {
            index.put(key, index.size());
            lowLink.put(key, index.get(key));
            stack.push(key);
            onStack.add(key);
            for (var next : successors(key)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(key, Math.min(lowLink.get(key), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(key, Math.min(lowLink.get(key), index.get(next)));
                }
            }
            if (lowLink.get(key).equals(index.get(key))) {
                var component = new ArrayList<String>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(key));
                components.add(component);
            }
        }
    }
}
