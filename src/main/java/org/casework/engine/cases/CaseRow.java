package org.casework.engine.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.casework.definition.ProcessVersionId;
import org.casework.engine.CaseId;
import org.casework.engine.CaseStatus;
import org.casework.engine.Citizen;
import org.casework.engine.interpreter.CasePosition;

/**
 * One row of {@code cases}, as the engine reads and writes it. {@code slaPausedSince} is the day the service-level
 * clock stopped while the case waits on the citizen, or null while it runs; {@code slaAlerts} the days its next SLA
 * warning and breach are due to be announced.
 */
public record CaseRow(
        CaseId id,
        String reference,
        String process,
        ProcessVersionId processVersion,
        CaseStatus status,
        Map<String, Object> data,
        String stage,
        LocalDate stageDueOn,
        String step,
        int token,
        String outcome,
        Instant createdAt,
        String createdBy,
        LocalDate dueOn,
        Instant closedAt,
        long version,
        Citizen citizen,
        String postcode,
        LocalDate slaPausedSince,
        SlaAlerts slaAlerts) {

    CaseRow withVersion(long newVersion) {
        return new CaseRow(
                id,
                reference,
                process,
                processVersion,
                status,
                data,
                stage,
                stageDueOn,
                step,
                token,
                outcome,
                createdAt,
                createdBy,
                dueOn,
                closedAt,
                newVersion,
                citizen,
                postcode,
                slaPausedSince,
                slaAlerts);
    }

    /** The same case at a new position; who asked, where and when stay as they were. */
    CaseRow movedTo(CasePosition position, CaseStatus newStatus, String newOutcome, Instant newClosedAt) {
        return new CaseRow(
                id,
                reference,
                process,
                processVersion,
                newStatus,
                position.data(),
                position.stage(),
                position.stageDueOn(),
                position.step(),
                position.token(),
                newOutcome,
                createdAt,
                createdBy,
                dueOn,
                newClosedAt,
                version,
                citizen,
                postcode,
                slaPausedSince,
                slaAlerts);
    }

    /** The same case on another version of its process (a migration); where it stands changes separately. */
    CaseRow onVersion(ProcessVersionId newVersion) {
        return new CaseRow(
                id,
                reference,
                process,
                newVersion,
                status,
                data,
                stage,
                stageDueOn,
                step,
                token,
                outcome,
                createdAt,
                createdBy,
                dueOn,
                closedAt,
                version,
                citizen,
                postcode,
                slaPausedSince,
                slaAlerts);
    }

    /** The same case with its service-level clock stopped since the given day. */
    CaseRow slaPaused(LocalDate since) {
        return new CaseRow(
                id,
                reference,
                process,
                processVersion,
                status,
                data,
                stage,
                stageDueOn,
                step,
                token,
                outcome,
                createdAt,
                createdBy,
                dueOn,
                closedAt,
                version,
                citizen,
                postcode,
                since,
                slaAlerts);
    }

    /** The same case with its clock running again and its due dates, and SLA alerts, moved out to these. */
    CaseRow slaResumed(LocalDate newDueOn, LocalDate newStageDueOn, SlaAlerts newAlerts) {
        return new CaseRow(
                id,
                reference,
                process,
                processVersion,
                status,
                data,
                stage,
                newStageDueOn,
                step,
                token,
                outcome,
                createdAt,
                createdBy,
                newDueOn,
                closedAt,
                version,
                citizen,
                postcode,
                null,
                newAlerts);
    }

    /** The same case with its next SLA warning and breach announcements due on these days. */
    CaseRow withSlaAlerts(SlaAlerts newAlerts) {
        return new CaseRow(
                id,
                reference,
                process,
                processVersion,
                status,
                data,
                stage,
                stageDueOn,
                step,
                token,
                outcome,
                createdAt,
                createdBy,
                dueOn,
                closedAt,
                version,
                citizen,
                postcode,
                slaPausedSince,
                newAlerts);
    }

    public boolean slaPaused() {
        return slaPausedSince != null;
    }

    public CasePosition position() {
        return new CasePosition(data, stage, stageDueOn, step, token, !status.isActive());
    }
}
