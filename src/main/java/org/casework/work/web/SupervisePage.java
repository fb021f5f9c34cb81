package org.casework.work.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.casework.definition.Definitions;
import org.casework.definition.Step;
import org.casework.engine.WorkingCalendar;
import org.casework.identity.Permission;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.work.NotAllowed;
import org.casework.work.TeamWorkFilter;
import org.casework.work.WorkQueues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervise: every open or claimed task of the teams a lead leads (an administrator: of every team), soonest due
 * first, filtered by team, step, assignee and "overdue only", with the chosen tasks reassigned in one go. Filtering
 * with JavaScript replaces only the table; without it the same form reloads the page.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_SUPERVISE')")
class SupervisePage {

    static final int PAGE_SIZE = 50;

    /** The assignee filter's value for tasks nobody holds; the tilde keeps it apart from usernames. */
    static final String UNCLAIMED = "~unclaimed";

    /** The reassign control's value for "back to the team queue". */
    static final String TEAM_QUEUE = "~queue";

    private final WorkQueues work;
    private final Staff staff;
    private final Definitions definitions;
    private final TaskLines lines;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Reassignment reassignment;

    SupervisePage(
            WorkQueues work,
            Staff staff,
            Definitions definitions,
            TaskLines lines,
            WorkingCalendar calendar,
            Clock clock,
            Reassignment reassignment) {
        this.work = work;
        this.staff = staff;
        this.definitions = definitions;
        this.lines = lines;
        this.calendar = calendar;
        this.clock = clock;
        this.reassignment = reassignment;
    }

    /** A row of the table: the task as the work lists show it, and how many working days it has been open. */
    record Line(TaskLines.TaskLine line, int age) {}

    @GetMapping("/supervise")
    ModelAndView supervise(
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String step,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String after,
            StaffPrincipal me,
            HttpServletRequest request,
            HttpServletResponse response) {
        var admin = me.can(Permission.ADMINISTER);
        var teams = admin
                ? staff.teams()
                : me.leads().stream().filter(me::supervises).sorted().toList();
        team = blankToNull(team);
        if (team != null && !teams.contains(team)) throw new NotAllowed(me.username() + " does not lead " + team);
        // An administrator looking at every team sees work given to officers by name too (it has no team).
        Collection<String> scope = team != null ? List.of(team) : admin ? null : teams;
        var today = CouncilTime.dayOf(clock.instant());
        var filter = new TeamWorkFilter(
                step, UNCLAIMED.equals(assignee) ? null : assignee, UNCLAIMED.equals(assignee), overdue ? today : null);
        var page = work.teamWork(scope, filter, after, PAGE_SIZE, me);
        var shown = lines.of(page.tasks()).stream()
                .map(line -> new Line(
                        line,
                        calendar.workingDaysBetween(
                                CouncilTime.dayOf(line.task().createdAt()), today)))
                .toList();
        var query = request.getQueryString();
        var part = Htmx.wantsPart(request, response);
        return new ModelAndView(part ? "work/supervise :: update" : "work/supervise")
                .addObject("section", "supervise")
                .addObject("admin", admin)
                .addObject("teams", teams)
                .addObject("team", team == null ? "" : team)
                // The filters stay on the page while htmx swaps the results, so only a whole page needs the steps.
                .addObject("steps", part ? Map.of() : taskSteps())
                .addObject("step", filter.step() == null ? "" : filter.step())
                .addObject("officers", scope == null ? List.of() : officersOf(scope))
                .addObject("assignee", assignee == null ? "" : assignee)
                .addObject("overdue", overdue)
                .addObject("lines", shown)
                .addObject("next", page.next())
                .addObject("firstPage", after == null || after.isBlank())
                .addObject("status", status(shown.size(), page.next() != null || after != null))
                .addObject("unclaimed", UNCLAIMED)
                .addObject("teamQueue", TEAM_QUEUE)
                .addObject("here", "/supervise" + (query == null ? "" : "?" + query));
    }

    @PostMapping("/supervise/reassign")
    String reassign(
            @RequestParam(name = "task", required = false) List<UUID> tasks,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "/supervise") String back,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var returnTo = "redirect:" + (back.startsWith("/supervise") ? TeamQueuesPage.localPath(back) : "/supervise");
        if (tasks == null || tasks.isEmpty()) {
            flash.addFlashAttribute("failure", "Select the tasks to reassign");
            return returnTo;
        }
        if (to == null || to.isBlank()) {
            flash.addFlashAttribute("failure", "Choose who to give the selected tasks to");
            return returnTo;
        }
        var toOfficer = TEAM_QUEUE.equals(to) ? null : to;
        var outcome = reassignment.reassign(tasks, toOfficer, me);
        if (!outcome.done().isEmpty()) {
            var count = outcome.done().size() == 1 ? "1 task" : outcome.done().size() + " tasks";
            var where = toOfficer == null ? " went back to the team queue: " : " reassigned to " + toOfficer + ": ";
            flash.addFlashAttribute("success", count + where + String.join(", ", outcome.done()));
        }
        if (!outcome.refused().isEmpty()) flash.addFlashAttribute("notReassigned", outcome.refused());
        return returnTo;
    }

    /** The officers of the teams in view, who tasks can be given to; leads are members of their teams too. */
    private List<String> officersOf(Collection<String> teams) {
        var officers = new TreeSet<String>();
        for (var team : teams) officers.addAll(staff.membersOf(team));
        return List.copyOf(officers);
    }

    /** The task steps (and API steps, whose failures are tasks) of the published processes, by key (the filter matches keys), each with a name to show. */
    private Map<String, String> taskSteps() {
        var steps = new TreeMap<String, String>();
        for (var summary : definitions.list()) {
            // A process with only a draft has no version to run, so no steps yet.
            if (summary.latestVersion() == null || summary.latestVersion() < 1) continue;
            for (var step : definitions.latest(summary.key()).definition().steps()) {
                if (step instanceof Step.Human || step instanceof Step.Api) {
                    steps.putIfAbsent(step.key(), step.name() == null ? step.key() : step.name());
                }
            }
        }
        var byName = new ArrayList<>(steps.entrySet());
        byName.sort(Map.Entry.comparingByValue());
        var ordered = new java.util.LinkedHashMap<String, String>();
        byName.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /** The line above the table, which screen readers announce when a filter changes it. */
    private static String status(int shown, boolean paged) {
        if (shown == 0) return "No open tasks match these filters.";
        return (shown == 1 ? "1 task" : shown + " tasks") + (paged ? " on this page" : "") + ", soonest due first.";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
