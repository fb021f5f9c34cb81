package org.casework.work.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.work.FollowUp;
import org.casework.work.FollowUps;
import org.casework.work.SlaStatus;
import org.casework.work.WorkQueues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * My tasks: the work the signed-in officer has claimed, sortable by any column and filtered by process and SLA
 * status, and below it the follow-ups they owe (from whichever modules record them, through {@link FollowUps}). An
 * officer holds few enough tasks that they are read whole, then sorted, filtered and paged here.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MyTasksPage {

    static final int PAGE_SIZE = 25;

    private final WorkQueues work;
    private final TaskLines lines;
    private final ObjectProvider<FollowUps> followUps;
    private final Clock clock;

    MyTasksPage(WorkQueues work, TaskLines lines, ObjectProvider<FollowUps> followUps, Clock clock) {
        this.work = work;
        this.lines = lines;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** A follow-up the officer owes, and whether its day has passed. */
    record FollowUpLine(FollowUp followUp, boolean overdue) {}

    /** The columns one can sort by, each with its order (ties broken by due date, then reference). */
    enum Sort {
        DUE(Comparator.comparing(line -> line.task().dueOn())),
        REFERENCE(Comparator.comparing(line -> line.task().caseReference())),
        PROCESS(Comparator.comparing(line -> line.task().process())),
        STEP(Comparator.comparing(line -> line.task().stepName())),
        CITIZEN(Comparator.comparing(
                line -> line.citizen() == null ? "" : line.citizen().toLowerCase(Locale.UK)));

        final Comparator<TaskLines.TaskLine> order;

        Sort(Comparator<TaskLines.TaskLine> order) {
            this.order = order.thenComparing(line -> line.task().dueOn())
                    .thenComparing(line -> line.task().caseReference());
        }

        static Sort of(String value) {
            for (var sort : values()) if (sort.name().equalsIgnoreCase(value)) return sort;
            return DUE;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }

    @GetMapping("/tasks")
    ModelAndView myTasks(
            @RequestParam(defaultValue = "due") String sort,
            @RequestParam(defaultValue = "ascending") String order,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String sla,
            @RequestParam(defaultValue = "1") int page,
            StaffPrincipal me) {
        var sortBy = Sort.of(sort);
        var descending = order.equals("descending");
        var all = lines.of(work.allMyTasks(me));
        var processes = all.stream()
                .map(line -> line.task().process())
                .distinct()
                .sorted()
                .toList();
        var slaFilter = slaStatus(sla);
        var comparator = descending ? sortBy.order.reversed() : sortBy.order;
        List<TaskLines.TaskLine> shown = all.stream()
                .filter(line -> process == null
                        || process.isBlank()
                        || line.task().process().equals(process))
                .filter(line -> slaFilter == null || line.sla() == slaFilter)
                .sorted(comparator)
                .toList();
        var pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(1, page), pages);
        return new ModelAndView("work/my-tasks")
                .addObject("section", "tasks")
                .addObject(
                        "tasks", shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE)))
                .addObject("total", shown.size())
                .addObject("held", all.size())
                .addObject("atLimit", all.size() >= WorkQueues.MAX_CLAIMED)
                .addObject("page", current)
                .addObject("pages", pages)
                .addObject("sort", sortBy.param())
                .addObject("order", descending ? "descending" : "ascending")
                .addObject("process", process == null ? "" : process)
                .addObject("sla", slaFilter == null ? "" : slaFilter.name())
                .addObject("processes", processes)
                .addObject("slaStatuses", SlaStatus.values())
                .addObject("followUps", followUpsOf(me));
    }

    /** The follow-ups other modules say the officer owes, soonest due first. */
    private List<FollowUpLine> followUpsOf(StaffPrincipal me) {
        var today = CouncilTime.dayOf(clock.instant());
        return followUps
                .orderedStream()
                .flatMap(source -> source.ownedBy(me.username()).stream())
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::caseReference))
                .map(followUp -> new FollowUpLine(followUp, followUp.dueOn().isBefore(today)))
                .toList();
    }

    private static SlaStatus slaStatus(String value) {
        if (value == null || value.isBlank()) return null;
        for (var status : SlaStatus.values()) if (status.name().equals(value)) return status;
        return null;
    }
}
