package org.casework.casefile.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.casework.casefile.CaseFiles;
import org.casework.engine.CaseId;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case file page as a model: the case's demands, activities, follow-ups and system conditions, and an add form
 * for each offering the lookup values of the case's department. A refused form is shown again as typed, with its
 * problems next to its fields.
 */
@Component
class CaseFileSheet {

    /** One option of a select: a staff member who may own a follow-up or have done an activity. */
    record Choice(String code, String label) {}

    private final CaseFiles files;
    private final LookupLists lookups;
    private final Staff staff;
    private final Clock clock;

    CaseFileSheet(CaseFiles files, LookupLists lookups, Staff staff, Clock clock) {
        this.files = files;
        this.lookups = lookups;
        this.staff = staff;
        this.clock = clock;
    }

    /** The facade's field names and the form's, alternately, in the order the form asks them. */
    static Map<String, String> fields(String... apiThenForm) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < apiThenForm.length; i += 2) fields.put(apiThenForm[i], apiThenForm[i + 1]);
        return fields;
    }

    ModelAndView page(CaseId caseId, StaffPrincipal me) {
        return page(caseId, me, Map.of(), Map.of());
    }

    /**
     * The page after a refused form: {@code fields} maps the facade's field names to the form's, so each problem
     * sits next to its field; {@code typed} is everything the form sent.
     */
    ModelAndView refused(
            CaseId caseId,
            StaffPrincipal me,
            Refusal refusal,
            Map<String, String> fields,
            Map<String, String> typed,
            Map<String, String> ownProblems) {
        var errors = new LinkedHashMap<String, String>();
        fields.forEach((field, formField) -> {
            var reason = ownProblems.containsKey(formField) ? ownProblems.get(formField) : refusal.reasonFor(field);
            if (reason != null) errors.put(formField, reason);
        });
        var page = page(caseId, me, errors, typed);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(CaseId caseId, StaffPrincipal me, Map<String, String> errors, Map<String, String> typed) {
        var file = files.open(caseId, me);
        var department = file.department();
        var people = new HashSet<String>();
        file.demands().forEach(demand -> {
            people.add(demand.recordedBy());
            people.add(demand.resolvedBy());
        });
        file.activities().forEach(activity -> people.add(activity.doneBy()));
        file.intentions().forEach(intention -> {
            people.add(intention.owner());
            people.add(intention.closedBy());
        });
        file.systemConditions().forEach(condition -> people.add(condition.recordedBy()));
        var owners = owners(me);
        owners.forEach(owner -> people.add(owner));
        people.remove(null);
        var names = staff.displayNames(people);
        var shown = new LinkedHashMap<String, String>();
        shown.put("activityDoneBy", me.username());
        shown.put("intentionOwner", me.username());
        shown.putAll(typed);
        return new ModelAndView("casefile/case-file")
                .addObject("section", "search")
                .addObject("kase", file.kase())
                .addObject("file", file)
                .addObject(
                        "departmentLabel",
                        department == null ? "Every department" : lookups.labelOf(LookupList.DEPARTMENTS, department))
                .addObject("names", names)
                .addObject("today", CouncilTime.dayOf(clock.instant()))
                .addObject("demandTypes", lookups.offered(LookupList.DEMAND_TYPES, department))
                .addObject("demandCategories", lookups.offered(LookupList.DEMAND_CATEGORIES, department))
                .addObject("taskCategories", lookups.offered(LookupList.TASK_CATEGORIES, department))
                .addObject("intentionTypes", lookups.offered(LookupList.INTENTION_TYPES, department))
                .addObject("systemConditions", lookups.offered(LookupList.SYSTEM_CONDITIONS, department))
                .addObject(
                        "staffChoices",
                        owners.stream()
                                .map(owner -> new Choice(owner, names.getOrDefault(owner, owner)))
                                .toList())
                .addObject("typed", shown)
                .addObject("errors", errors);
    }

    /** The officer first, then the members of their teams: those they would give a follow-up to. */
    private List<String> owners(StaffPrincipal me) {
        var owners = new LinkedHashSet<String>();
        owners.add(me.username());
        me.teams().stream().sorted().forEach(team -> owners.addAll(staff.membersOf(team)));
        return new ArrayList<>(owners);
    }
}
