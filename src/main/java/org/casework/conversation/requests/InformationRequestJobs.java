package org.casework.conversation.requests;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.InformationRequestProperties;
import org.casework.engine.CaseId;
import org.casework.engine.Incidents;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The two jobs every information request gets: a reminder some working days before the reply-by day, and the
 * overdue check when that day has ended. Both are one-time db-scheduler jobs named {@code <case id>@<request id>}
 * (so an incident would name the case), scheduled in the same transaction as the request, and idempotent: each
 * checks the request is still outstanding, under the case's lock, before doing anything.
 *
 * <p>A job also checks its time has come by the service's own clock, which tests move by hand, and if not waits the
 * rest of the time again: on a node whose clock is a little behind, or in a test whose clock stands in the past, it
 * neither acts early nor runs over and over.
 */
@Component
public class InformationRequestJobs {

    static final String REMINDER = "information-request-reminder";
    static final String OVERDUE = "information-request-overdue";

    private static final Duration MINIMUM_WAIT = Duration.ofSeconds(1);

    private final CustomTask<Void> reminder;
    private final CustomTask<Void> overdue;
    private final SchedulerClient scheduler;
    private final WorkingCalendar calendar;
    private final InformationRequestProperties properties;
    private final Clock clock;

    InformationRequestJobs(
            @Lazy InformationRequestDeadlines deadlines,
            @Lazy SchedulerClient scheduler,
            WorkingCalendar calendar,
            InformationRequestProperties properties,
            Incidents incidents,
            Clock clock) {
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.reminder = Tasks.custom(REMINDER, Void.class)
                .onFailure(retries(incidents))
                .execute((instance, context) -> {
                    var id = requestOf(instance.getId());
                    var request = deadlines.find(id);
                    if (request == null) return new CompletionHandler.OnCompleteRemove<>();
                    return when(reminderAt(request.replyBy()), () -> deadlines.remind(id));
                });
        this.overdue = Tasks.custom(OVERDUE, Void.class)
                .onFailure(retries(incidents))
                .execute((instance, context) -> {
                    var id = requestOf(instance.getId());
                    var request = deadlines.find(id);
                    if (request == null) return new CompletionHandler.OnCompleteRemove<>();
                    return when(overdueAt(request.replyBy()), () -> deadlines.overdue(id));
                });
    }

    CustomTask<Void> reminderTask() {
        return reminder;
    }

    CustomTask<Void> overdueTask() {
        return overdue;
    }

    /** Does the work if its time has come by the service's clock; otherwise runs again when the rest has passed. */
    private CompletionHandler<Void> when(Instant due, Runnable work) {
        var early = Duration.between(clock.instant(), due);
        if (early.isNegative() || early.isZero()) {
            work.run();
            return new CompletionHandler.OnCompleteRemove<>();
        }
        var again = runAt(due);
        var soonest = Instant.now().plus(MINIMUM_WAIT);
        var at = again.isAfter(soonest) ? again : soonest;
        return (complete, operations) -> operations.reschedule(complete, at);
    }

    /** Schedules the request's reminder (unless its day has already come) and its overdue check. */
    public void schedule(InformationRequest request) {
        var id = instanceId(request.caseId(), request.id());
        var remindAt = reminderAt(request.replyBy());
        if (remindAt.isAfter(clock.instant())) scheduler.scheduleIfNotExists(reminder.instance(id), runAt(remindAt));
        scheduler.scheduleIfNotExists(overdue.instance(id), runAt(overdueAt(request.replyBy())));
    }

    /**
     * When the job runner, which counts in real time, should run a job due at this moment of the service's clock. They
     * are the same clock in production; a test's clock may stand days in the past, and then the job waits the same
     * time from now rather than running at once.
     */
    private Instant runAt(Instant due) {
        var fromNow = Instant.now().plus(Duration.between(clock.instant(), due));
        return fromNow.isAfter(due) ? fromNow : due;
    }

    /** {@code reminderWorkingDays} working days before the reply-by day, at the reminder time, council time. */
    Instant reminderAt(LocalDate replyBy) {
        var day = replyBy;
        for (var counted = 0; counted < properties.reminderWorkingDays(); ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) counted++;
        }
        return day.atTime(properties.reminderTime()).atZone(CouncilTime.ZONE).toInstant();
    }

    /** The start of the day after the reply-by day, council time: the whole reply-by day counts. */
    static Instant overdueAt(LocalDate replyBy) {
        return replyBy.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant();
    }

    static String instanceId(CaseId caseId, InformationRequestId id) {
        return caseId + "@" + id;
    }

    private static InformationRequestId requestOf(String instanceId) {
        return InformationRequestId.parse(instanceId.substring(instanceId.indexOf('@') + 1));
    }

    /**
     * Tried as often as every case job ({@code casework.jobs.*}: five times over about two and a half minutes by
     * default); then the job is dropped and an incident raised on the case, which an administrator sees on the
     * incidents page and can retry once, say, the mail server is back.
     */
    private static <T> FailureHandler<T> retries(Incidents incidents) {
        return incidents.retryThenRecord();
    }
}
