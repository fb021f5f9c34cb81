package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two documents of a process, in the words of the domain rather than of JSON: the steps added,
 * removed or changed (and how: where they go next, a branch's conditions, who a task goes to, its target), the stages
 * and their targets, the service level, the fields and the actions. Steps are compared by their components, so a
 * kind of step added later is compared without changes here.
 */
public record ProcessChanges(String from, String to, List<Change> changes) {

    public ProcessChanges {
        changes = List.copyOf(changes);
    }

    /** One thing added, removed or changed; {@code details} say how, one sentence each. */
    public record Change(Area area, String subject, Kind kind, List<String> details) {
        public Change {
            details = List.copyOf(details);
        }
    }

    /** Which part of the process a change is in. */
    public enum Area {
        @JsonProperty("process")
        PROCESS,
        @JsonProperty("service-level")
        SERVICE_LEVEL,
        @JsonProperty("stage")
        STAGE,
        @JsonProperty("field")
        FIELD,
        @JsonProperty("step")
        STEP,
        @JsonProperty("action")
        ACTION,
        @JsonProperty("online-form")
        ONLINE_FORM
    }

    public enum Kind {
        @JsonProperty("added")
        ADDED,
        @JsonProperty("removed")
        REMOVED,
        @JsonProperty("changed")
        CHANGED
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes in one area, for pages that show them grouped. */
    public List<Change> in(Area area) {
        return changes.stream().filter(c -> c.area() == area).toList();
    }

    /** Compares {@code before} (labelled {@code from}, such as "version 1") with {@code after}. */
    public static ProcessChanges between(String from, ProcessDefinition before, String to, ProcessDefinition after) {
        var changes = new ArrayList<Change>();
        process(before, after, changes);
        serviceLevel(before.sla(), after.sla(), changes);
        keyed(
                Area.STAGE,
                before.stages(),
                after.stages(),
                StageDefinition::key,
                ProcessChanges::describeStage,
                ProcessChanges::stageDetails,
                changes);
        keyed(
                Area.FIELD,
                before.fields(),
                after.fields(),
                FieldDefinition::key,
                ProcessChanges::describeField,
                ProcessChanges::fieldDetails,
                changes);
        keyed(
                Area.STEP,
                before.steps(),
                after.steps(),
                Step::key,
                ProcessChanges::describeStep,
                ProcessChanges::stepDetails,
                changes);
        actions(before.actions(), after.actions(), changes);
        form(before.form(), after.form(), changes);
        return new ProcessChanges(from, to, changes);
    }

    private static void process(ProcessDefinition before, ProcessDefinition after, List<Change> changes) {
        var details = new ArrayList<String>();
        differs("Name", before.name(), after.name(), details);
        differs("Description", before.description(), after.description(), details);
        differs("Category", before.category(), after.category(), details);
        differs("LGSL code", before.lgslCode(), after.lgslCode(), details);
        differs("Department", before.department(), after.department(), details);
        differs("Reference prefix", before.referencePrefix(), after.referencePrefix(), details);
        differs("First step", before.start(), after.start(), details);
        differs("Days records are kept", before.retentionDays(), after.retentionDays(), details);
        if (!details.isEmpty()) changes.add(new Change(Area.PROCESS, "The process", Kind.CHANGED, details));
    }

    private static void serviceLevel(Sla before, Sla after, List<Change> changes) {
        if (Objects.equals(before, after)) return;
        if (before == null) {
            changes.add(new Change(Area.SERVICE_LEVEL, "Service level", Kind.ADDED, List.of(describeSla(after))));
        } else if (after == null) {
            changes.add(new Change(Area.SERVICE_LEVEL, "Service level", Kind.REMOVED, List.of(describeSla(before))));
        } else {
            var details = new ArrayList<String>();
            differs("Target (working days)", before.targetWorkingDays(), after.targetWorkingDays(), details);
            differs(
                    "Pauses while waiting on the citizen",
                    before.pausesForCitizen(),
                    after.pausesForCitizen(),
                    details);
            differs(
                    "Warning after (working days)",
                    before.warningAfterWorkingDays(),
                    after.warningAfterWorkingDays(),
                    details);
            differs(
                    "Breach repeated every (working days)",
                    before.breachRepeatEvery(),
                    after.breachRepeatEvery(),
                    details);
            differs(
                    "Untouched task reminder after (working days)",
                    before.remindAfterWorkingDays(),
                    after.remindAfterWorkingDays(),
                    details);
            changes.add(new Change(Area.SERVICE_LEVEL, "Service level", Kind.CHANGED, details));
        }
    }

    private static String describeSla(Sla sla) {
        return "Due " + sla.targetWorkingDays() + " working days after the case starts"
                + (sla.pausesForCitizen() ? ", paused while waiting on the citizen" : "");
    }

    /** Things with keys: added, removed, or changed in place (their details say how). */
    private static <T> void keyed(
            Area area,
            List<T> before,
            List<T> after,
            Function<T, String> key,
            Function<T, String> describe,
            DetailsOf<T> details,
            List<Change> changes) {
        var old = byKey(before, key);
        var now = byKey(after, key);
        for (var entry : old.entrySet()) {
            var kept = now.get(entry.getKey());
            if (kept == null) {
                changes.add(new Change(area, entry.getKey(), Kind.REMOVED, List.of(describe.apply(entry.getValue()))));
            } else if (!kept.equals(entry.getValue())) {
                var how = details.of(entry.getValue(), kept);
                if (!how.isEmpty()) changes.add(new Change(area, entry.getKey(), Kind.CHANGED, how));
            }
        }
        for (var entry : now.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                changes.add(new Change(area, entry.getKey(), Kind.ADDED, List.of(describe.apply(entry.getValue()))));
            }
        }
    }

    private interface DetailsOf<T> {
        List<String> of(T before, T after);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        var map = new LinkedHashMap<String, T>();
        for (var item : items) map.putIfAbsent(String.valueOf(key.apply(item)), item);
        return map;
    }

    private static String describeStage(StageDefinition stage) {
        return "Stage '" + stage.name() + "', target " + stage.targetWorkingDays() + " working days";
    }

    private static List<String> stageDetails(StageDefinition before, StageDefinition after) {
        var details = new ArrayList<String>();
        differs("Name", before.name(), after.name(), details);
        differs("Description", before.description(), after.description(), details);
        differs("Target (working days)", before.targetWorkingDays(), after.targetWorkingDays(), details);
        return details;
    }

    private static String describeField(FieldDefinition field) {
        return "Field '" + field.label() + "' (" + field.type().name().toLowerCase(java.util.Locale.ROOT) + ")"
                + (field.mandatory() ? ", mandatory" : "");
    }

    private static List<String> fieldDetails(FieldDefinition before, FieldDefinition after) {
        var details = new ArrayList<String>();
        differs("Label", before.label(), after.label(), details);
        differs("Type", before.type(), after.type(), details);
        differs("Mandatory", before.mandatory(), after.mandatory(), details);
        listed("Option", before.options(), after.options(), details);
        differs("Option labels", before.optionLabels(), after.optionLabels(), details);
        differs("Hint", before.hint(), after.hint(), details);
        differs(
                "Searchable",
                Boolean.TRUE.equals(before.searchable()),
                Boolean.TRUE.equals(after.searchable()),
                details);
        return details;
    }

    /** The kind of a step as its document names it ({@code task}, {@code branch}), from the Jackson annotation. */
    public static String kindOf(Step step) {
        var types = Step.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        for (var type : types.value()) if (type.value() == step.getClass()) return type.name();
        return step.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describeStep(Step step) {
        var next = step.successors().isEmpty() ? "" : ", goes next to " + String.join(" or ", step.successors());
        return "A " + kindOf(step) + " step '" + nameOf(step) + "'"
                + (step.stage() == null ? "" : " in stage '" + step.stage() + "'") + next;
    }

    private static String nameOf(Step step) {
        return step.name() == null ? step.key() : step.name();
    }

    /** Compares two steps of one key component by component, so every kind is compared the same way. */
    private static List<String> stepDetails(Step before, Step after) {
        var details = new ArrayList<String>();
        if (before.getClass() != after.getClass()) {
            details.add("Kind changed from " + kindOf(before) + " to " + kindOf(after));
            differs("Name", before.name(), after.name(), details);
            differs("Stage", before.stage(), after.stage(), details);
            differs(
                    "Goes next to",
                    String.join(", ", before.successors()),
                    String.join(", ", after.successors()),
                    details);
            return details;
        }
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (component.getName().equals("key")) continue;
            var was = value(component, before);
            var is = value(component, after);
            if (Objects.equals(was, is)) continue;
            var label = label(component.getName());
            if (was instanceof List<?> oldItems
                    && is instanceof List<?> newItems
                    && !component.getName().equals("routes")) {
                listed(label, oldItems, newItems, details);
            } else {
                details.add(label + " changed from " + words(was) + " to " + words(is));
            }
        }
        return details;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of a step", e);
        }
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("stage", "Stage"),
            Map.entry("next", "Goes next to"),
            Map.entry("otherwise", "Otherwise goes to"),
            Map.entry("routes", "Routes"),
            Map.entry("allocation", "Allocation"),
            Map.entry("fields", "Field"),
            Map.entry("mandatory", "Mandatory field"),
            Map.entry("decision", "Decision field"),
            Map.entry("targetWorkingDays", "Target (working days)"),
            Map.entry("after", "Waits for"),
            Map.entry("workingDays", "Waits (working days)"),
            Map.entry("untilField", "Waits until the date in"),
            Map.entry("message", "Message to the citizen"),
            Map.entry("documents", "Document asked for"),
            Map.entry("replyWithinWorkingDays", "Reply within (working days)"),
            Map.entry("overdue", "When overdue goes to"),
            Map.entry("outcome", "Outcome"),
            Map.entry("set", "Sets"));

    private static String label(String component) {
        var known = LABELS.get(component);
        if (known != null) return known;
        var words = component.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A value in words: conditions, allocations and routes as an administrator reads them. */
    static String words(Object value) {
        return switch (value) {
            case null -> "nothing";
            case Condition condition -> ConditionWords.of(condition);
            case Allocation allocation -> allocationWords(allocation);
            case Step.Route route -> "if " + ConditionWords.of(route.when()) + " then " + route.next();
            case List<?> items ->
                items.isEmpty()
                        ? "nothing"
                        : items.stream().map(ProcessChanges::words).collect(Collectors.joining("; "));
            case CharSequence text -> "'" + text + "'";
            default -> String.valueOf(value);
        };
    }

    /** Who a task step's work goes to, in words. */
    public static String allocationWords(Allocation allocation) {
        return switch (allocation) {
            case null -> "nobody";
            case Allocation.ToTeam team -> "team " + team.team();
            case Allocation.ByConditions rules ->
                rules.rules().stream()
                                .map(r -> "team " + r.team() + " if " + ConditionWords.of(r.when()))
                                .collect(Collectors.joining("; "))
                        + "; otherwise team " + rules.otherwise();
            case Allocation.ToUser user -> "officer " + user.user();
            case Allocation.RoundRobin robin -> "team " + robin.roundRobin() + " in turn";
            case Allocation.SameUserAs same ->
                "the officer who did " + same.sameUserAs() + ", else team " + same.fallbackTeam();
            // A kind of rule added later reads as its document says until it is given words here.
            default -> String.valueOf(allocation);
        };
    }

    private static void actions(List<Action> before, List<Action> after, List<Change> changes) {
        var removed = new ArrayList<>(before);
        var added = new ArrayList<>(after);
        // Unchanged actions cancel out, one for one; what is left was removed or added.
        for (var action : after) {
            if (removed.remove(action)) added.remove(action);
        }
        var changedFrom = new ArrayList<Action>();
        for (var old : List.copyOf(removed)) {
            var partner = added.stream().filter(a -> sameSlot(old, a)).findFirst();
            if (partner.isPresent()) {
                changes.add(new Change(
                        Area.ACTION,
                        slot(old),
                        Kind.CHANGED,
                        List.of("Was: " + describeAction(old), "Now: " + describeAction(partner.get()))));
                added.remove(partner.get());
                changedFrom.add(old);
            }
        }
        removed.removeAll(changedFrom);
        for (var action : removed)
            changes.add(new Change(Area.ACTION, slot(action), Kind.REMOVED, List.of(describeAction(action))));
        for (var action : added)
            changes.add(new Change(Area.ACTION, slot(action), Kind.ADDED, List.of(describeAction(action))));
    }

    private static boolean sameSlot(Action a, Action b) {
        return a.getClass() == b.getClass() && a.on() == b.on() && Objects.equals(a.target(), b.target());
    }

    private static String slot(Action action) {
        var kind = action.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2");
        return kind + " on " + (action.on() == null ? "?" : action.on().key())
                + (action.target() == null ? "" : " of '" + action.target() + "'");
    }

    /** An action in words: what it does, and when if it is guarded. */
    public static String describeAction(Action action) {
        var what = switch (action) {
            case Action.Notify notify -> "send template '" + notify.template() + "' to " + recipient(notify);
            case Action.SetFields set -> "set " + set.set();
            case Action.Webhook webhook -> "post to webhook '" + webhook.webhook() + "'";
            case Action.Reassign reassign ->
                "reassign the open task" + (reassign.team() == null ? "" : " to team " + reassign.team())
                        + (reassign.toLead() ? " (its lead)" : "");
            case Action.StartProcess start -> "start a case of '" + start.process() + "'";
            default -> String.valueOf(action);
        };
        return what + (action.when() == null ? "" : " when " + ConditionWords.of(action.when()));
    }

    /** Who a notify action's message goes to, in words. */
    public static String recipient(Action.Notify notify) {
        if (notify.to() == null) return "nobody";
        return switch (notify.to()) {
            case CITIZEN -> "the citizen";
            case ASSIGNEE -> "whoever holds the task";
            case TEAM -> "every member of team " + notify.team();
            case ADDRESS -> notify.address();
            case CONTRACTOR -> "contractor " + notify.contractor();
            case REQUESTER -> "whoever asked for the approval";
        };
    }

    private static void form(OnlineForm before, OnlineForm after, List<Change> changes) {
        if (Objects.equals(before, after)) return;
        if (before == null) {
            changes.add(new Change(Area.ONLINE_FORM, "Online form", Kind.ADDED, List.of(formWords(after))));
        } else if (after == null) {
            changes.add(new Change(Area.ONLINE_FORM, "Online form", Kind.REMOVED, List.of(formWords(before))));
        } else {
            var details = new ArrayList<String>();
            differs("Offered online", before.offered(), after.offered(), details);
            differs("Introduction", before.introduction(), after.introduction(), details);
            differs("What happens next", before.whatHappensNext(), after.whatHappensNext(), details);
            listed("Question", before.questions(), after.questions(), details);
            if (details.isEmpty()) details.add("The pages were rearranged or their conditions changed");
            changes.add(new Change(Area.ONLINE_FORM, "Online form", Kind.CHANGED, details));
        }
    }

    private static String formWords(OnlineForm form) {
        return (form.offered() ? "Offered online" : "Not offered online") + ", "
                + form.pages().size() + " pages";
    }

    private static void differs(String what, Object before, Object after, List<String> details) {
        if (!Objects.equals(before, after))
            details.add(what + " changed from " + words(before) + " to " + words(after));
    }

    private static void listed(String what, List<?> before, List<?> after, List<String> details) {
        var already = details.size();
        for (var item : before) if (!after.contains(item)) details.add(what + " " + words(item) + " removed");
        for (var item : after) if (!before.contains(item)) details.add(what + " " + words(item) + " added");
        if (details.size() == already && !before.equals(after)) details.add(what + "s reordered");
    }
}
