package org.casework.work.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.IncidentNotFound;
import org.casework.engine.IncidentView;
import org.casework.engine.Incidents;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incidents: background work that failed every attempt, to be run again. An administrator sees and retries them all;
 * a team lead only those on cases they may see, since an incident shows what the case's data made go wrong.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_SUPERVISE')")
class IncidentsPage {

    private final Incidents incidents;
    private final Cases cases;
    private final CaseAccess access;

    IncidentsPage(Incidents incidents, Cases cases, CaseAccess access) {
        this.incidents = incidents;
        this.cases = cases;
        this.access = access;
    }

    /** An incident as the page lists it, with its case's reference (null for work that belongs to no case). */
    record Line(IncidentView incident, String reference) {}

    @GetMapping("/supervise/incidents")
    ModelAndView list(StaffPrincipal me) {
        return new ModelAndView("work/incidents")
                .addObject("section", "supervise")
                .addObject("incidents", visibleTo(me));
    }

    @PostMapping("/supervise/incidents/{id}/retry")
    String retry(@PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        var line = visibleTo(me).stream()
                .filter(candidate -> candidate.incident().id().equals(id))
                .findFirst();
        if (line.isEmpty()) {
            flash.addFlashAttribute("failure", "That incident has already been retried");
            return "redirect:/supervise/incidents";
        }
        try {
            incidents.retry(id, me.username());
            var what = line.get().reference() == null ? "" : " on " + line.get().reference();
            flash.addFlashAttribute(
                    "success", "The " + line.get().incident().job() + " job" + what + " will run again now");
        } catch (IncidentNotFound retriedMeanwhile) {
            flash.addFlashAttribute("failure", "That incident has already been retried");
        }
        return "redirect:/supervise/incidents";
    }

    /** The open incidents this person may see and retry, newest first. */
    private List<Line> visibleTo(StaffPrincipal me) {
        var open = incidents.list("open");
        var views = cases.getAll(open.stream()
                .map(IncidentView::caseId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        var admin = me.can(Permission.ADMINISTER);
        return open.stream()
                .filter(incident -> admin || maySee(views.get(incident.caseId()), me))
                .map(incident -> {
                    var view = incident.caseId() == null ? null : views.get(incident.caseId());
                    return new Line(incident, view == null ? null : view.reference());
                })
                .toList();
    }

    /** Work that belongs to no case (or whose case is gone) is an administrator's alone. */
    private boolean maySee(CaseView view, StaffPrincipal me) {
        return view != null && access.maySee(view, me);
    }
}
