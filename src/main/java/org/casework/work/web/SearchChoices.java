package org.casework.work.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessSummary;

/**
 * What the search form's lists offer, from the published processes: each process, the stages they have and the
 * fields a case can be found by. A key shared by several processes (a "postcode" field, a "received" stage) is one
 * choice, searched across all of them.
 */
record SearchChoices(List<Choice> processes, List<Choice> stages, List<Choice> fields) {

    /** One option of a list: the value sent and the words shown. */
    record Choice(String value, String label) {}

    static SearchChoices of(Definitions definitions) {
        var processes = new ArrayList<Choice>();
        var stages = new LinkedHashMap<String, String>();
        var fields = new LinkedHashMap<String, String>();
        var published = definitions.list().stream()
                .filter(summary -> summary.latestVersion() != null)
                .sorted(Comparator.comparing(ProcessSummary::name).thenComparing(ProcessSummary::key))
                .toList();
        for (var summary : published) {
            processes.add(new Choice(summary.key(), summary.name()));
            var process = definitions.latest(summary.key()).definition();
            for (var stage : process.stages()) stages.putIfAbsent(stage.key(), stage.name());
            for (var field : process.fields()) {
                if (field.keptForSearching()) {
                    fields.putIfAbsent(field.key(), field.label() == null ? field.key() : field.label());
                }
            }
        }
        return new SearchChoices(List.copyOf(processes), sorted(stages), sorted(fields));
    }

    boolean hasProcess(String key) {
        return processes.stream().anyMatch(choice -> choice.value().equals(key));
    }

    boolean hasStage(String key) {
        return stages.stream().anyMatch(choice -> choice.value().equals(key));
    }

    boolean hasField(String key) {
        return fields.stream().anyMatch(choice -> choice.value().equals(key));
    }

    private static List<Choice> sorted(Map<String, String> choices) {
        return choices.entrySet().stream()
                .map(entry -> new Choice(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::value))
                .toList();
    }
}
