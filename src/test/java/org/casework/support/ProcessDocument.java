package org.casework.support;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Edits to a process document before a test publishes it: an {@code sla} block, the {@code actions}. */
public final class ProcessDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProcessDocument() {}

    /** The document with its top-level {@code property} set to the given JSON (an object, a list). */
    public static String with(String document, String property, String json) {
        var tree = (ObjectNode) JSON.readTree(document);
        tree.set(property, JSON.readTree(json));
        return JSON.writeValueAsString(tree);
    }
}
