package org.casework.demo;

import java.util.List;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.LookupValue;
import org.springframework.stereotype.Component;

/**
 * The demo council's departments and the lookup values each keeps of its own, beside the values every installation
 * starts with, so the case file offers Highways its potholes and Waste its missed collections.
 */
@Component
class DemoLists {

    private record Value(LookupList list, String code, String label, String department) {}

    private static final List<Value> VALUES = List.of(
            new Value(LookupList.DEPARTMENTS, "highways", "Highways and transport", null),
            new Value(LookupList.DEPARTMENTS, "environment", "Environment and street scene", null),
            new Value(LookupList.DEPARTMENTS, "waste", "Waste and recycling", null),
            new Value(LookupList.DEPARTMENTS, "adult-social-care", "Adult social care", null),
            new Value(LookupList.DEMAND_CATEGORIES, "road-surface", "Road surface", "highways"),
            new Value(LookupList.DEMAND_CATEGORIES, "street-furniture", "Street lights and signs", "highways"),
            new Value(LookupList.DEMAND_CATEGORIES, "environmental-crime", "Environmental crime", "environment"),
            new Value(LookupList.DEMAND_CATEGORIES, "collections", "Collections", "waste"),
            new Value(LookupList.DEMAND_CATEGORIES, "eligibility", "Eligibility", "adult-social-care"),
            new Value(LookupList.DEMAND_TYPES, "pothole", "Pothole", "highways"),
            new Value(LookupList.DEMAND_TYPES, "street-light-fault", "Street light not working", "highways"),
            new Value(LookupList.DEMAND_TYPES, "blocked-drain", "Blocked drain", "highways"),
            new Value(LookupList.DEMAND_TYPES, "fly-tipping", "Fly-tipping", "environment"),
            new Value(LookupList.DEMAND_TYPES, "graffiti", "Graffiti", "environment"),
            new Value(LookupList.DEMAND_TYPES, "missed-collection", "Missed bin collection", "waste"),
            new Value(LookupList.DEMAND_TYPES, "replacement-bin", "Replacement bin", "waste"),
            new Value(LookupList.DEMAND_TYPES, "mobility-assessment", "Mobility assessment", "adult-social-care"),
            new Value(LookupList.DEMAND_TYPES, "complaint", "Complaint", null),
            new Value(LookupList.TASK_CATEGORIES, "return-visit", "Crew return visit", "waste"),
            new Value(LookupList.TASK_CATEGORIES, "inspection", "Highway inspection", "highways"),
            new Value(LookupList.INTENTION_TYPES, "reinspect", "Re-inspect the repair", "highways"),
            new Value(LookupList.SYSTEM_CONDITIONS, "contractor-backlog", "Contractor backlog", "highways"),
            new Value(LookupList.SYSTEM_CONDITIONS, "vehicle-breakdown", "Collection vehicle broke down", "waste"));

    private final LookupLists lookups;

    DemoLists(LookupLists lookups) {
        this.lookups = lookups;
    }

    void load() {
        VALUES.forEach(value -> lookups.save(
                value.list(), new LookupValue(value.code(), value.label(), null, value.department(), false)));
    }
}
