package org.casework.engine;

import java.util.Map;

/**
 * Start a case of the latest published version of {@code process}. {@code idempotencyKey} (nullable) makes a retry
 * return the case the first attempt started.
 */
public record StartCase(String process, Map<String, Object> data, String actor, String idempotencyKey) {

    public StartCase {
        data = data == null ? Map.of() : data;
    }
}
