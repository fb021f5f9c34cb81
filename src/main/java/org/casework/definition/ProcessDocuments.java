package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads process definitions from the JSON or YAML their authors write, and writes them back for export. Reading is
 * strict: an unknown property, a repeated property or a null in a list is an error rather than something quietly
 * dropped, because a slip in a definition would otherwise change how cases run. A number or flag left out reads as 0
 * or false (records cannot tell an absent property from a null one). Safe to share between threads.
 */
public final class ProcessDocuments {

    private final JsonMapper json;
    private final YAMLMapper yaml;

    public ProcessDocuments() {
        this.json = strict(JsonMapper.builder()).build();
        this.yaml = strict(YAMLMapper.builder())
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
        return builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** Reads a definition, or throws {@link DefinitionUnreadable} saying where and why the text cannot be read. */
    public ProcessDefinition read(String text, DocumentFormat format) {
        if (text == null || text.isBlank()) throw new DefinitionUnreadable("$", "the document is empty", null);
        ProcessDefinition definition;
        try {
            definition = mapper(format).readValue(text, ProcessDefinition.class);
        } catch (JacksonException e) {
            throw ReadFailures.explain(e, format);
        }
        if (definition == null) throw new DefinitionUnreadable("$", "the document is empty", null);
        return definition;
    }

    /** Writes a definition as indented JSON or block-style YAML that {@link #read} turns back into an equal one. */
    public String write(ProcessDefinition definition, DocumentFormat format) {
        return mapper(format).writeValueAsString(definition);
    }

    private ObjectMapper mapper(DocumentFormat format) {
        return switch (format) {
            case JSON -> json;
            case YAML -> yaml;
        };
    }
}
