package org.casework.engine.interpreter;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where a case stands: its data, stage and current step. {@code token} counts step entries so a task or timer made
 * for an earlier visit to the same step can be told apart from the current one.
 */
public record CasePosition(
        Map<String, Object> data, String stage, LocalDate stageDueOn, String step, int token, boolean closed) {

    public static CasePosition beginning(Map<String, Object> data) {
        return new CasePosition(data, null, null, null, 0, false);
    }
}
