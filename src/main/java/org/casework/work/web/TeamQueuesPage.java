package org.casework.work.web;

import java.util.List;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.WorkQueues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Team queues: each of my teams' unclaimed tasks, oldest due first, to claim one by one or "get next". */
@Controller
@PreAuthorize("isAuthenticated()")
class TeamQueuesPage {

    static final int PAGE_SIZE = 25;

    private final WorkQueues work;
    private final TaskLines lines;

    TeamQueuesPage(WorkQueues work, TaskLines lines) {
        this.work = work;
        this.lines = lines;
    }

    @GetMapping("/queues")
    ModelAndView queues(StaffPrincipal me) {
        var teams = myTeams(me);
        if (teams.isEmpty()) return new ModelAndView("work/no-teams").addObject("section", "queues");
        return new ModelAndView("redirect:/queues/" + teams.getFirst());
    }

    @GetMapping("/queues/{team}")
    ModelAndView queue(@PathVariable String team, @RequestParam(required = false) String after, StaffPrincipal me) {
        var page = work.teamQueue(team, after, PAGE_SIZE, me);
        return new ModelAndView("work/team-queue")
                .addObject("section", "queues")
                .addObject("team", team)
                .addObject("teams", myTeams(me))
                .addObject("member", me.isMemberOf(team))
                .addObject("tasks", lines.of(page.tasks()))
                .addObject("next", page.next())
                .addObject("firstPage", after == null || after.isBlank());
    }

    @PostMapping("/queues/{team}/next")
    String getNext(@PathVariable String team, StaffPrincipal me, RedirectAttributes flash) {
        var claimed = work.claimNext(team, me);
        if (claimed.isEmpty()) {
            flash.addFlashAttribute("failure", "There are no tasks waiting in this queue");
            return "redirect:/queues/" + team;
        }
        var task = claimed.get();
        flash.addFlashAttribute("success", "You have claimed " + task.stepName() + " on " + task.caseReference());
        return "redirect:/cases/" + task.caseReference();
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable UUID id, @RequestParam String back, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var task = work.claim(new TaskId(id), me);
            flash.addFlashAttribute("success", "You have claimed " + task.stepName() + " on " + task.caseReference());
        } catch (TaskConflict taken) {
            flash.addFlashAttribute("failure", "Someone else has already claimed that task");
        }
        return "redirect:" + localPath(back);
    }

    @PostMapping("/tasks/{id}/release")
    String release(@PathVariable UUID id, @RequestParam String back, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var task = work.release(new TaskId(id), me);
            flash.addFlashAttribute(
                    "success", task.stepName() + " on " + task.caseReference() + " is back in its team's queue");
        } catch (TaskConflict moved) {
            flash.addFlashAttribute("failure", "That task has moved on: " + moved.getMessage());
        }
        return "redirect:" + localPath(back);
    }

    private static List<String> myTeams(StaffPrincipal me) {
        return me.teams().stream().sorted().toList();
    }

    /** Only a path on this site: a form cannot be used to send someone elsewhere after an action. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) return "/tasks";
        return back;
    }
}
