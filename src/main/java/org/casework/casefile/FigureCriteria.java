package org.casework.casefile;

import java.time.LocalDate;

/**
 * Which records the case file figures count: those of one department (null: every department's) over a range of
 * days, both ends included (null: open-ended). Demands and system conditions count by the day they were recorded,
 * activities by the day they were done, follow-ups by the day they are due.
 */
public record FigureCriteria(String department, LocalDate from, LocalDate to) {}
