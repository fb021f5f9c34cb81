package org.casework.engine;

import java.util.Map;

/**
 * Start a case of the latest published version of {@code process}, for a citizen (who may be anonymous). {@code idempotencyKey} (nullable) makes a retry
 * return the case the first attempt started.
 */
public record StartCase(
        String process, Map<String, Object> data, Citizen citizen, String actor, String idempotencyKey) {

    public StartCase {
        data = data == null ? Map.of() : data;
        citizen = citizen == null ? Citizen.ANONYMOUS : citizen;
    }

    /** A case with no citizen details (an anonymous report, or one whose requester is only in its data). */
    public StartCase(String process, Map<String, Object> data, String actor, String idempotencyKey) {
        this(process, data, Citizen.ANONYMOUS, actor, idempotencyKey);
    }
}
