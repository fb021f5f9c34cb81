package org.casework.work.tasks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.casework.definition.Action;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.casework.work.TaskState;
import org.casework.work.WorkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasks nobody has claimed, released, reassigned or completed for their process's {@code sla.remindAfterWorkingDays}
 * working days: the {@code untouched-task-check} job runs their {@code task-untouched} actions, once for each
 * untouched spell (the task's {@code untouched_on} is cleared, and set again when someone touches it). Each task is
 * one transaction that locks the case, then the task, and looks again before announcing, so two nodes or a second run
 * announce nothing twice. Nothing is announced on a day that is not a working day.
 */
@Component
public class UntouchedTasks {

    private static final Logger log = LoggerFactory.getLogger(UntouchedTasks.class);

    static final String JOB = "untouched-task-check";

    private final TaskRows tasks;
    private final Cases cases;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UntouchedTasks(
            TaskRows tasks, Cases cases, WorkingCalendar calendar, TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.calendar = calendar;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Announces every untouched task due today, {@code batchSize} tasks to a read; returns how many. */
    public int announceDue(int batchSize) {
        var today = CouncilTime.dayOf(clock.instant());
        if (!calendar.isWorkingDay(today)) return 0;
        var announced = 0;
        TaskRows.DueReminder after = null;
        while (true) {
            var due = tasks.untouchedBy(today, after, batchSize);
            for (var reminder : due) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> announce(reminder, today)))) announced++;
                } catch (RuntimeException e) {
                    // One task's actions failing must not hold up the others; it stays due for the next check.
                    log.warn("Could not announce untouched task {}", reminder.id(), e);
                }
            }
            if (due.size() < batchSize) return announced;
            after = due.getLast();
        }
    }

    private boolean announce(TaskRows.DueReminder reminder, LocalDate today) {
        cases.lock(reminder.caseId());
        var row = tasks.lock(reminder.id()).orElse(null);
        if (row == null || row.untouchedOn() == null || row.untouchedOn().isAfter(today)) return false;
        var task = row.view();
        if (task.state() != TaskState.OPEN && task.state() != TaskState.CLAIMED) return false;
        // Cleared first: an action that reassigns the task touches it, and sets the next day itself.
        tasks.untouchedAnnounced(task.id());
        cases.record(
                task.caseId(),
                "task-untouched",
                "system",
                task.step(),
                TimelineEntry.details("workingDays", row.remindAfterDays(), "assignee", task.assignee()));
        var event = Action.Event.TASK_UNTOUCHED;
        var occurrence = event.key() + ":" + task.step() + "@" + row.token() + ":" + row.untouchedOn();
        cases.react(task.caseId(), event, task.step(), occurrence, "system");
        return true;
    }

    /** The recurring job, one row shared by every node, so one node at a time runs the check. */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> untouchedTaskCheck(WorkProperties properties, @Lazy UntouchedTasks untouched) {
            var checks = properties.untouchedChecks();
            return Tasks.recurring(JOB, Schedules.fixedDelay(checks.every()))
                    .execute((instance, context) -> untouched.announceDue(checks.batchSize()));
        }

        @Bean
        Starter untouchedTaskCheckStarter(
                @Lazy SchedulerClient scheduler, RecurringTask<Void> untouchedTaskCheck, WorkProperties properties) {
            return new Starter(
                    scheduler, untouchedTaskCheck, properties.untouchedChecks().enabled());
        }
    }

    /** A recurring job asks for its own first run, once, whichever node starts first. */
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
            if (enabled) scheduler.scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), Instant.now());
        }
    }
}
