package org.casework.conversation.documents;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import org.casework.conversation.DocumentProperties;
import org.casework.platform.CouncilTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * Every night, removes uploads that were never attached to a case within {@code casework.documents.keep-unattached-for}
 * (a form abandoned half-way): the row first, then the file, so no row ever names a missing file. A file whose row
 * was never written (a crash between the two writes of an upload) is not found this way; see {@code Documents}.
 */
@Configuration(proxyBeanMethods = false)
class UnattachedDocuments {

    private static final Logger log = LoggerFactory.getLogger(UnattachedDocuments.class);

    static final String JOB = "unattached-documents-clean-up";

    private static final int BATCH = 500;

    private static final Schedule NIGHTLY = Schedules.daily(CouncilTime.ZONE, LocalTime.of(3, 15));

    @Bean
    RecurringTask<Void> unattachedDocumentsCleanUp(
            DocumentRows rows, DocumentStore store, DocumentProperties properties, Clock clock) {
        return Tasks.recurring(JOB, NIGHTLY).execute((instance, context) -> {
            var before = clock.instant().minus(properties.keepUnattachedFor());
            var removed = 0;
            for (var old : rows.unattachedBefore(before, BATCH)) {
                if (!rows.deleteUnattached(old.document().id())) continue;
                try {
                    store.delete(old.storageKey());
                } catch (IOException e) {
                    log.warn(
                            "Could not remove the file of unattached document {}",
                            old.document().id(),
                            e);
                }
                removed++;
            }
            if (removed > 0) log.info("Removed {} uploads never attached to a case", removed);
        });
    }

    /**
     * The job runner schedules the one-time jobs others ask for; a recurring job asks for its own first run, once,
     * whichever node starts first.
     */
    @Bean
    Starter unattachedDocumentsStarter(
            @Lazy SchedulerClient scheduler, RecurringTask<Void> unattachedDocumentsCleanUp) {
        return new Starter(scheduler, unattachedDocumentsCleanUp);
    }

    static final class Starter {
        private final SchedulerClient scheduler;
        private final RecurringTask<Void> task;

        Starter(SchedulerClient scheduler, RecurringTask<Void> task) {
            this.scheduler = scheduler;
            this.task = task;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleFirstRun() {
            var instance = task.instance(RecurringTask.INSTANCE);
            scheduler.scheduleIfNotExists(instance, NIGHTLY.getInitialExecutionTime(java.time.Instant.now()));
        }
    }
}
