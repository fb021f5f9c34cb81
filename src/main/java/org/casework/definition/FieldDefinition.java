package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A piece of case data: what the form asks or a step records. {@code options} only for {@link FieldType#CHOICE}.
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
        Boolean searchable) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        if (type == null) type = FieldType.TEXT;
        // Absent and false mean the same; keeping one of them keeps exported documents free of "searchable": false.
        if (Boolean.FALSE.equals(searchable)) searchable = null;
    }

    public FieldDefinition(
            String key, String label, FieldType type, boolean mandatory, List<String> options, String hint) {
        this(key, label, type, mandatory, options, hint, null);
    }

    /**
     * Whether cases can be found by this field's answer. (Not named {@code isSearchable}: Jackson would take that for
     * the property's getter.)
     */
    public boolean keptForSearching() {
        return Boolean.TRUE.equals(searchable) && type.canBeSearched();
    }
}
