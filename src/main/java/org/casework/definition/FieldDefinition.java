package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A piece of case data: what the form asks or a step records. {@code options} only for {@link FieldType#CHOICE}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(
        String key, String label, FieldType type, boolean mandatory, List<String> options, String hint) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        if (type == null) type = FieldType.TEXT;
    }
}
