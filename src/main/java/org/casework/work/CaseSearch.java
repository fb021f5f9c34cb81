package org.casework.work;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.casework.engine.CaseQuery;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.work.tasks.TaskRows;
import org.springframework.stereotype.Service;

/**
 * Finding cases for staff: the engine's filters, narrowed in the query itself to the cases the person may see (see
 * {@link CaseAccess}), plus what only this module knows: who holds a case's work.
 */
@Service
public class CaseSearch {

    public static final int MAX_PAGE = 100;

    /** An export reads this many cases at a time, so its memory stays the same however many cases match. */
    public static final int EXPORT_PAGE = 500;

    private final Cases cases;
    private final CaseAccess access;
    private final TaskRows tasks;

    CaseSearch(Cases cases, CaseAccess access, TaskRows tasks) {
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
    }

    /** A page of the cases matching, newest first (by surname first when searching by name). */
    public SearchResults search(CaseCriteria criteria, String after, int limit, StaffPrincipal who) {
        var bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        var query = query(criteria, who, bounded + 1);
        if (after != null && !after.isBlank()) query = decode(after, query);
        var found = cases.list(query);
        if (found.size() <= bounded) return new SearchResults(found, null);
        var page = List.copyOf(found.subList(0, bounded));
        return new SearchResults(page, encode(page.getLast()));
    }

    /**
     * Every case matching, in the search's order, read {@link #EXPORT_PAGE} at a time as the stream is consumed. Each
     * page is its own read: a case that changes during a long export may be missed or included, but none appears
     * twice.
     */
    public Stream<CaseView> all(CaseCriteria criteria, StaffPrincipal who) {
        var first = query(criteria, who, EXPORT_PAGE);
        return Stream.iterate(
                        cases.list(first),
                        page -> !page.isEmpty(),
                        page -> page.size() < EXPORT_PAGE ? List.of() : cases.list(first.after(page.getLast())))
                .flatMap(List::stream);
    }

    private CaseQuery query(CaseCriteria criteria, StaffPrincipal who, int limit) {
        var among =
                criteria.assignee() == null ? null : tasks.casesClaimedBy(criteria.assignee(), WorkQueues.MAX_CLAIMED);
        var field = criteria.fieldKey() == null || criteria.fieldValue() == null
                ? null
                : new CaseQuery.FieldValue(criteria.fieldKey(), criteria.fieldValue());
        return new CaseQuery(
                criteria.status(),
                criteria.process(),
                criteria.stage(),
                criteria.postcode(),
                criteria.citizenName() == null ? null : new Citizen(criteria.citizenName(), null, null).surnameKey(),
                startOf(criteria.createdFrom()),
                startOf(
                        criteria.createdTo() == null
                                ? null
                                : criteria.createdTo().plusDays(1)),
                criteria.reference(),
                criteria.dueFrom(),
                criteria.dueTo(),
                field,
                among,
                access.searchScope(who),
                null,
                null,
                null,
                limit);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(CouncilTime.ZONE).toInstant();
    }

    private static String encode(CaseView last) {
        var surname = last.citizen().surnameKey();
        var text = last.createdAt() + "|" + last.id() + (surname == null ? "" : "|" + surname);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CaseQuery decode(String after, CaseQuery query) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", -1);
            var at = Instant.parse(parts[0]);
            var id = UUID.fromString(parts[1]);
            var surname = parts.length > 2 ? parts[2] : null;
            return query.after(surname, at, id);
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }
}
