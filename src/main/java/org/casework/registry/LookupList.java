package org.casework.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of values administrators keep. The lists themselves are fixed, because code reads them (a contact detail
 * has a contact type, a case's person a role); their values are the council's. A list {@link #perDepartment()} lets a
 * value belong to one department (service area), so Highways and Housing each see their own demand types; a value
 * with no department is for every department.
 */
public enum LookupList {
    DEPARTMENTS("departments", "Departments", "The council's service areas that keep lists of their own", false),
    CONTACT_TYPES("contact-types", "Contact types", "Kinds of contact detail a person has", false),
    REFERENCE_TYPES("reference-types", "Reference types", "Other systems' references for a person", false),
    RELATIONSHIP_TYPES(
            "relationship-types", "Relationship types", "How two people are related, named from each side", false),
    CASE_ROLES("case-roles", "Case roles", "The part a person plays in a case", false),
    DEMAND_TYPES("demand-types", "Demand types", "The problems a case may be asked to address", true),
    DEMAND_CATEGORIES("demand-categories", "Demand categories", "Groups of demands, for reports", true),
    TASK_CATEGORIES("task-categories", "Task categories", "What time spent on a case was spent on", true),
    INTENTION_TYPES("intention-types", "Intention types", "Follow-up actions an officer may promise", true),
    SYSTEM_CONDITIONS("system-conditions", "System conditions", "What got in the way of doing the job on a case", true),
    ABANDON_REASONS("abandon-reasons", "Abandon reasons", "Why a case may be closed without finishing", false);

    private final String key;
    private final String title;
    private final String description;
    private final boolean perDepartment;

    LookupList(String key, String title, String description, boolean perDepartment) {
        this.key = key;
        this.title = title;
        this.description = description;
        this.perDepartment = perDepartment;
    }

    /** The list's name in URLs and the API, such as {@code contact-types}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Whether a value may belong to one department only. */
    public boolean perDepartment() {
        return perDepartment;
    }

    /** Whether each value also names the relationship seen from the other side (parent and child). */
    public boolean hasInverse() {
        return this == RELATIONSHIP_TYPES;
    }

    public static Optional<LookupList> byKey(String key) {
        return Arrays.stream(values()).filter(list -> list.key.equals(key)).findFirst();
    }
}
