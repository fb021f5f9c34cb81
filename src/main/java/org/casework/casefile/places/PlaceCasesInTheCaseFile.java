package org.casework.casefile.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.registry.PlaceCase;
import org.casework.registry.PlaceCases;
import org.casework.registry.Uprn;
import org.casework.work.CaseAccess;
import org.springframework.stereotype.Component;

/** The place page's cases at an address and around it: only those the viewer may see. */
@Component
class PlaceCasesInTheCaseFile implements PlaceCases {

    /** Enough for a page; a place with more is a landmark better searched than listed. */
    private static final int MOST = 200;

    private final CasePlaceRows rows;
    private final Cases cases;
    private final CaseAccess access;

    PlaceCasesInTheCaseFile(CasePlaceRows rows, Cases cases, CaseAccess access) {
        this.rows = rows;
        this.cases = cases;
        this.access = access;
    }

    @Override
    public List<PlaceCase> atPlaces(List<Uprn> uprns, StaffPrincipal viewer) {
        var found = rows.at(uprns, MOST);
        var views =
                cases.getAll(found.stream().map(CasePlaceRows.AtPlace::caseId).toList());
        var lines = new ArrayList<PlaceCase>();
        for (var at : found) {
            var view = views.get(at.caseId());
            if (view == null || !access.maySee(view, viewer)) continue;
            lines.add(new PlaceCase(
                    view.reference(),
                    view.processName(),
                    view.status().value(),
                    CouncilTime.dayOf(view.createdAt()),
                    at.uprn()));
        }
        lines.sort(Comparator.comparing(PlaceCase::openedOn).reversed());
        return lines;
    }
}
