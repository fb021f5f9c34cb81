package org.casework.casefile.web;

import java.util.HashMap;
import java.util.Map;
import org.casework.casefile.Activities;
import org.casework.casefile.NewActivity;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording time spent on the case. */
@Controller
@PreAuthorize("isAuthenticated()")
class ActivityForms {

    private static final Map<String, String> FIELDS = CaseFileSheet.fields(
            "taskCategory", "activityCategory",
            "description", "activityDescription",
            "minutes", "activityMinutes",
            "doneOn", "activityDoneOn",
            "doneBy", "activityDoneBy");

    private final Cases cases;
    private final Activities activities;
    private final CaseFileSheet sheet;

    ActivityForms(Cases cases, Activities activities, CaseFileSheet sheet) {
        this.cases = cases;
        this.activities = activities;
        this.sheet = sheet;
    }

    @PostMapping("/cases/{reference}/file/activities")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam Map<String, String> posted,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var caseId = cases.byReference(reference).id();
        var day = posted.get("activityDoneOn-day");
        var month = posted.get("activityDoneOn-month");
        var year = posted.get("activityDoneOn-year");
        var ownProblems = new HashMap<String, String>();
        var dateProblem = FormDates.problem(day, month, year);
        if (dateProblem != null) ownProblems.put("activityDoneOn", dateProblem);
        var minutes = posted.getOrDefault("activityMinutes", "").strip();
        Integer parsedMinutes = null;
        if (!minutes.isEmpty()) {
            try {
                parsedMinutes = Integer.parseInt(minutes);
            } catch (NumberFormatException notANumber) {
                ownProblems.put("activityMinutes", "Enter the time spent as a whole number of minutes, such as 15");
            }
        }
        try {
            var activity = activities.add(
                    caseId,
                    new NewActivity(
                            posted.get("activityCategory"),
                            posted.get("activityDescription"),
                            parsedMinutes,
                            FormDates.date(day, month, year),
                            posted.get("activityDoneBy")),
                    me);
            flash.addFlashAttribute(
                    "success", "Time recorded: " + activity.minutes() + " minutes of " + activity.taskCategoryLabel());
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.RULE_BROKEN) throw refused;
            return sheet.refused(caseId, me, refused, FIELDS, posted, ownProblems);
        }
        return DemandForms.back(reference, "activities");
    }
}
