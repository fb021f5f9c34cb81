package org.casework.casefile.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.casefile.CasePerson;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.PersonCase;
import org.casework.registry.PersonCases;
import org.casework.registry.PersonHistoryEntry;
import org.casework.registry.PersonId;
import org.casework.work.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * The person page's cases and single timeline, from the cases the person is on and the requests they made online
 * with the citizen account linked to their record: only those the viewer may see, so a person page never reveals a
 * case its reader could not open.
 */
@Component
class PersonCasesInTheCaseFile implements PersonCases {

    /** The timeline entries that tell a person's story across services, in words for the person page. */
    private static final Map<String, String> TOLD = Map.ofEntries(
            Map.entry("case-started", "Case started"),
            Map.entry("case-closed", "Case closed"),
            Map.entry("case-abandoned", "Case abandoned"),
            Map.entry("message-to-citizen", "Message to the citizen"),
            Map.entry("message-from-citizen", "Message from the citizen"),
            Map.entry("information-requested", "Information requested"),
            Map.entry("information-request-answered", "Information request answered"),
            Map.entry("notification-sent", "Notification sent"),
            Map.entry("activity-recorded", "Activity recorded"),
            Map.entry("person-added", "Added to the case"));

    /** The role shown for a request the person made online that no one has put them on in a role. */
    static final String ONLINE = "online-request";

    private final CasePeopleRows rows;
    private final OnlineRequests online;
    private final Cases cases;
    private final CaseAccess access;
    private final LookupLists lookups;

    PersonCasesInTheCaseFile(
            CasePeopleRows rows, OnlineRequests online, Cases cases, CaseAccess access, LookupLists lookups) {
        this.rows = rows;
        this.online = online;
        this.cases = cases;
        this.access = access;
        this.lookups = lookups;
    }

    @Override
    public List<PersonCase> casesOf(PersonId person, StaffPrincipal viewer) {
        var links = links(person);
        var views = visible(links, viewer);
        var lines = new ArrayList<PersonCase>();
        for (var link : links) {
            var view = views.get(link.caseId());
            if (view == null) continue;
            lines.add(new PersonCase(
                    view.reference(),
                    view.processName(),
                    view.status().value(),
                    role(link),
                    CouncilTime.dayOf(view.createdAt()),
                    view.closedAt() == null ? null : CouncilTime.dayOf(view.closedAt())));
        }
        lines.sort(Comparator.comparing(PersonCase::openedOn).reversed());
        return lines;
    }

    @Override
    public List<PersonHistoryEntry> historyOf(PersonId person, StaffPrincipal viewer) {
        var views = visible(links(person), viewer);
        var entries = new ArrayList<PersonHistoryEntry>();
        for (var view : views.values()) {
            for (var entry : cases.timeline(view.id())) {
                var what = TOLD.get(entry.type());
                if (what == null) continue;
                entries.add(new PersonHistoryEntry(entry.at(), view.reference(), what, view.processName()));
            }
        }
        entries.sort(Comparator.comparing(PersonHistoryEntry::at).reversed());
        return entries;
    }

    /** The person's places on cases, then the requests they made online that put them on no case in a role. */
    private List<CasePerson> links(PersonId person) {
        var links = new ArrayList<>(rows.ofPeople(List.of(person)));
        for (var request : online.of(person)) {
            if (links.stream().noneMatch(link -> link.caseId().equals(request))) {
                links.add(new CasePerson(request, person, ONLINE, false, null, null));
            }
        }
        return links;
    }

    private String role(CasePerson link) {
        if (link.role().equals(ONLINE)) return "Made the request online";
        return lookups.labelOf(LookupList.CASE_ROLES, link.role()) + (link.main() ? " (main person)" : "");
    }

    private Map<CaseId, CaseView> visible(List<CasePerson> links, StaffPrincipal viewer) {
        var all = cases.getAll(links.stream().map(CasePerson::caseId).distinct().toList());
        var visible = new LinkedHashMap<CaseId, CaseView>();
        all.forEach((id, view) -> {
            if (access.maySee(view, viewer)) visible.put(id, view);
        });
        return visible;
    }
}
