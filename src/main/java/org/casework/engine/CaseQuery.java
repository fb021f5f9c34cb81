package org.casework.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Filters for listing cases, all optional. Lists are newest first, except a surname search, which is by surname and
 * then newest first. Paging is by keyset: pass the last case's {@code createdAt} and id (and, for a surname search,
 * its citizen's surname key) from the previous page, or use {@link #after}.
 *
 * @param reference a case's human reference, such as RP-2026-000123, in any case
 * @param dueFrom cases due on or after this day
 * @param dueTo cases due on or before this day
 * @param field a field's answer the case must hold
 * @param among only these cases (an empty set matches none): what another module knows about cases, such as who
 *     holds their work, narrowing the search
 * @param visibleTo only the cases this person may see; null for every case
 */
public record CaseQuery(
        CaseStatus status,
        String process,
        String stage,
        String postcode,
        String surnamePrefix,
        Instant createdFrom,
        Instant createdTo,
        String reference,
        LocalDate dueFrom,
        LocalDate dueTo,
        FieldValue field,
        Set<CaseId> among,
        VisibleTo visibleTo,
        String afterSurname,
        Instant afterCreatedAt,
        UUID afterId,
        int limit) {

    public CaseQuery {
        among = among == null ? null : Set.copyOf(among);
    }

    /** The filters the REST API offers; its callers see every case their key's scope allows. */
    public CaseQuery(
            CaseStatus status,
            String process,
            String stage,
            String postcode,
            String surnamePrefix,
            Instant createdFrom,
            Instant createdTo,
            String afterSurname,
            Instant afterCreatedAt,
            UUID afterId,
            int limit) {
        this(
                status,
                process,
                stage,
                postcode,
                surnamePrefix,
                createdFrom,
                createdTo,
                null,
                null,
                null,
                null,
                null,
                null,
                afterSurname,
                afterCreatedAt,
                afterId,
                limit);
    }

    /** A case must hold this answer: the field's value, matched whole and regardless of case. */
    public record FieldValue(String key, String value) {

        public FieldValue {
            Objects.requireNonNull(key, "a field search needs the field's key");
            Objects.requireNonNull(value, "a field search needs the answer to look for");
        }
    }

    /**
     * Someone searching who is not an administrator: they see the cases they started, the cases shared with one of
     * their teams, and the given cases (those the work module knows were given to them by name); of the cases a
     * change-access step restricted, only those naming one of their teams or {@code roles}.
     */
    public record VisibleTo(String username, Set<String> teams, Set<CaseId> cases, Set<String> roles) {

        public VisibleTo {
            teams = Set.copyOf(teams);
            cases = Set.copyOf(cases);
            roles = Set.copyOf(roles);
        }

        /** Someone whose roles open no restricted case. */
        public VisibleTo(String username, Set<String> teams, Set<CaseId> cases) {
            this(username, teams, cases, Set.of());
        }
    }

    /** The same search, from just after this case: the next page when {@code last} ended the previous one. */
    public CaseQuery after(CaseView last) {
        return after(last.citizen().surnameKey(), last.createdAt(), last.id().value());
    }

    /** The same search, from just after the case with this surname key (for a surname search), time and id. */
    public CaseQuery after(String surname, Instant createdAt, UUID id) {
        return new CaseQuery(
                status,
                process,
                stage,
                postcode,
                surnamePrefix,
                createdFrom,
                createdTo,
                reference,
                dueFrom,
                dueTo,
                field,
                among,
                visibleTo,
                surname,
                createdAt,
                id,
                limit);
    }
}
