package org.casework.casefile;

import java.util.List;

/** The case file's figures for a department and range of days: each table a report page shows. */
public record Figures(
        FigureCriteria criteria,
        List<DemandCount> demands,
        List<TimeSpent> timeByTaskCategory,
        List<TimeSpent> timeByOfficer,
        List<ConditionCount> systemConditions,
        List<IntentionCount> intentions) {

    /** Demands of one type and category: how many, and how many of those are resolved. */
    public record DemandCount(
            String type, String typeLabel, String category, String categoryLabel, long recorded, long resolved) {}

    /** Time recorded against one task category or by one officer ({@code key} is the code or username). */
    public record TimeSpent(String key, String label, long activities, long minutes) {}

    /** How often one system condition got in the way. */
    public record ConditionCount(String condition, String label, long recorded) {}

    /** Follow-ups of one type: open and not yet due, open past their due day, done and cancelled. */
    public record IntentionCount(String type, String label, long open, long overdue, long done, long cancelled) {}

    public long totalMinutes() {
        return timeByTaskCategory.stream().mapToLong(TimeSpent::minutes).sum();
    }
}
