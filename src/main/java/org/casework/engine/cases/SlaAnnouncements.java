package org.casework.engine.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.casework.definition.Action;
import org.casework.definition.Definitions;
import org.casework.engine.TimelineEntry;
import org.casework.platform.CouncilTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces SLA warnings and breaches that have fallen due: runs the process's {@code sla-warning} or {@code
 * sla-breach} actions, records it on the timeline and moves the case's next announcement on (a warning is given
 * once; a breach again every {@code sla.breachRepeatWorkingDays} working days while the case stays open). Each case
 * is one transaction under its lock, and looks again at its row before announcing, so two nodes checking at once, or
 * a check run twice, announce each thing once. Nothing is announced on a day that is not a working day, or while the
 * case's SLA clock stands still.
 */
@Service
public class SlaAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(SlaAnnouncements.class);

    private static final String SYSTEM = "system";

    private final CaseRows cases;
    private final CaseEngine engine;
    private final Definitions definitions;
    private final SlaClock sla;
    private final EffectWriter effects;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaAnnouncements(
            CaseRows cases,
            CaseEngine engine,
            Definitions definitions,
            SlaClock sla,
            EffectWriter effects,
            TransactionTemplate transaction,
            Clock clock) {
        this.cases = cases;
        this.engine = engine;
        this.definitions = definitions;
        this.sla = sla;
        this.effects = effects;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Announces every warning and breach due today, {@code batchSize} cases at a time; returns how many. */
    public int announceDue(int batchSize) {
        var today = CouncilTime.dayOf(clock.instant());
        if (!sla.isWorkingDay(today)) return 0;
        return announce(true, today, batchSize) + announce(false, today, batchSize);
    }

    private int announce(boolean warning, LocalDate today, int batchSize) {
        var announced = 0;
        CaseRows.DueAlert after = null;
        while (true) {
            var due = cases.dueAlerts(warning, today, after, batchSize);
            for (var alert : due) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> announce(alert, warning, today))))
                        announced++;
                } catch (RuntimeException e) {
                    // One case's actions failing (a condition that cannot be evaluated) must not hold up the others;
                    // its announcement stays due and is tried again at the next check.
                    log.warn("Could not announce the SLA {} of case {}", warning ? "warning" : "breach", alert.id(), e);
                }
            }
            if (due.size() < batchSize) return announced;
            after = due.getLast();
        }
    }

    /** One case's announcement, under its lock, if it is still due: another node may have made it meanwhile. */
    private boolean announce(CaseRows.DueAlert alert, boolean warning, LocalDate today) {
        var row = cases.lock(alert.id()).orElse(null);
        if (row == null || !row.status().isActive() || row.slaPaused() || row.slaAlerts() == null) return false;
        var day = warning ? row.slaAlerts().warningOn() : row.slaAlerts().breachOn();
        if (day == null || day.isAfter(today)) return false;
        var process = definitions.published(row.processVersion()).definition();
        var event = warning ? Action.Event.SLA_WARNING : Action.Event.SLA_BREACH;
        // The day it fell due names the occurrence, so a check that runs late announces the same thing.
        var occurrence = warning ? event.key() : event.key() + ":" + day.format(DateTimeFormatter.ISO_LOCAL_DATE);
        effects.record(EffectWriter.event(
                row,
                clock.instant(),
                event.key(),
                SYSTEM,
                row.step(),
                TimelineEntry.details("dueOn", row.dueOn().toString())));
        engine.react(row, event, null, occurrence, SYSTEM);
        // Read again: the actions may have changed the case (fields set, its task reassigned).
        var current = cases.lock(alert.id()).orElseThrow();
        var alerts = warning
                ? current.slaAlerts().warned()
                : current.slaAlerts().nextBreachOn(sla.nextBreach(process, today));
        cases.update(current.withSlaAlerts(alerts));
        return true;
    }
}
