package org.casework.engine.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import org.casework.engine.EngineProperties;
import org.casework.engine.cases.SlaAnnouncements;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * The {@code sla-check} job: a recurring db-scheduler task, one row shared by every node, so one node at a time
 * looks for the SLA warnings and breaches that have fallen due (see {@link SlaAnnouncements}).
 */
@Configuration(proxyBeanMethods = false)
class SlaChecks {

    static final String JOB = "sla-check";

    @Bean
    RecurringTask<Void> slaCheckTask(EngineProperties properties, @Lazy SlaAnnouncements announcements) {
        var checks = properties.slaChecks();
        return Tasks.recurring(JOB, Schedules.fixedDelay(checks.every()))
                .execute((instance, context) -> announcements.announceDue(checks.batchSize()));
    }

    /** A recurring job asks for its own first run, once, whichever node starts first. */
    @Bean
    Starter slaCheckStarter(
            @Lazy SchedulerClient scheduler, RecurringTask<Void> slaCheckTask, EngineProperties properties) {
        return new Starter(scheduler, slaCheckTask, properties.slaChecks().enabled());
    }

    static final class Starter {
        private final SchedulerClient scheduler;
        private final RecurringTask<Void> task;
        private final boolean enabled;

        Starter(SchedulerClient scheduler, RecurringTask<Void> task, boolean enabled) {
            this.scheduler = scheduler;
            this.task = task;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleFirstRun() {
            if (!enabled) return;
            scheduler.scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), Instant.now());
        }
    }
}
