package org.casework.engine;

import java.time.Instant;

/** One visit of a case to a step: when it arrived, and when and by whom the step was completed (null while open). */
public record StepVisit(
        String step, String name, String kind, Instant enteredAt, Instant completedAt, String completedBy) {}
