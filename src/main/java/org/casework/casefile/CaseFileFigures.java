package org.casework.casefile;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.reports.FigureQueries;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.platform.Refusal;
import org.casework.work.NotAllowed;
import org.springframework.stereotype.Service;

/**
 * The case file's figures for supervisors and administrators: demands by type and category, time by task category
 * and by officer, system conditions by type, follow-ups open, overdue and done. Counted by the database, across every
 * case (they hold no case's details), filtered by department and range of days.
 */
@Service
public class CaseFileFigures {

    private final FigureQueries queries;
    private final Clock clock;

    CaseFileFigures(FigureQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The figures; refused with {@link NotAllowed} for anyone who neither supervises nor administers. */
    public Figures figures(FigureCriteria criteria, StaffPrincipal viewer) {
        if (!mayRead(viewer)) throw new NotAllowed(viewer.username() + " may not read the case file reports");
        if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
            throw CaseFileRefused.invalid(
                    List.of(new Refusal.Problem("to", "The last day must be the same as or after the first day")));
        }
        var today = CouncilTime.dayOf(clock.instant());
        return new Figures(
                criteria,
                queries.demands(criteria),
                queries.timeByTaskCategory(criteria),
                queries.timeByOfficer(criteria),
                queries.systemConditions(criteria),
                queries.intentions(criteria, today));
    }

    /** Whether the person may read the figures: a supervisor or an administrator. */
    public static boolean mayRead(StaffPrincipal who) {
        return who.can(Permission.SUPERVISE) || who.can(Permission.ADMINISTER);
    }
}
