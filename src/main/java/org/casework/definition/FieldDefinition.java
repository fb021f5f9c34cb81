package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A piece of case data: what the form asks or a step records. {@code options} only for {@link FieldType#CHOICE} and
 * {@link FieldType#CHOICES}, each optionally with a label in {@code optionLabels} (the option itself is what the data
 * holds and conditions test).
 * {@code searchable} answers are kept in a search index so staff can find cases by them; it is each process's choice,
 * because every indexed answer costs storage on every case.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        boolean mandatory,
        List<String> options,
        String hint,
        Boolean searchable,
        Map<String, String> optionLabels) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        optionLabels = optionLabels == null ? Map.of() : Map.copyOf(optionLabels);
        if (type == null) type = FieldType.TEXT;
        // Absent and false mean the same; keeping one of them keeps exported documents free of "searchable": false.
        if (Boolean.FALSE.equals(searchable)) searchable = null;
    }

    public FieldDefinition(
            String key, String label, FieldType type, boolean mandatory, List<String> options, String hint) {
        this(key, label, type, mandatory, options, hint, null, null);
    }

    public FieldDefinition(
            String key,
            String label,
            FieldType type,
            boolean mandatory,
            List<String> options,
            String hint,
            Boolean searchable) {
        this(key, label, type, mandatory, options, hint, searchable, null);
    }

    /**
     * What a citizen or officer reads for a choice's option: its label where the author gave one, else the option
     * itself with its dashes as spaces ("further-assessment" reads "Further assessment").
     */
    public String optionLabel(String option) {
        var label = optionLabels.get(option);
        if (label != null) return label;
        if (option == null || option.isEmpty()) return option;
        var words = option.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The labels of the options a value holds, in order: every one of a {@link FieldType#CHOICES} list, the one of a
     * choice; empty for no value.
     */
    public List<String> chosenLabels(Object value) {
        if (value == null) return List.of();
        if (value instanceof java.util.Collection<?> chosen) {
            return chosen.stream()
                    .map(option -> optionLabel(String.valueOf(option)))
                    .toList();
        }
        return List.of(optionLabel(String.valueOf(value)));
    }

    /**
     * Whether cases can be found by this field's answer. (Not named {@code isSearchable}: Jackson would take that for
     * the property's getter.)
     */
    public boolean keptForSearching() {
        return Boolean.TRUE.equals(searchable) && type.canBeSearched();
    }
}
