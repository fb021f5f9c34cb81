package org.casework.engine;

import java.time.Instant;
import java.util.Map;

/** One thing that happened to a case: who did what, when, at which step. Append-only. */
public record TimelineEntry(long id, Instant at, String type, String actor, String step, Map<String, Object> detail) {

    /**
     * An entry's detail from alternating keys and values, in that order. A null value is left out rather than stored:
     * the timeline is kept for years.
     */
    public static Map<String, Object> details(Object... keysAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
