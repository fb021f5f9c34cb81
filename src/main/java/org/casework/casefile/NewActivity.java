package org.casework.casefile;

import java.time.LocalDate;

/**
 * Record time spent: the task category (a code from the lookup list for the case's department), what was done, the
 * minutes, the day, and who did it (null: the person recording it).
 */
public record NewActivity(String taskCategory, String description, Integer minutes, LocalDate doneOn, String doneBy) {}
