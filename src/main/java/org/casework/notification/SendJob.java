package org.casework.notification;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler job that sends one outbox row, named by the row's id. Scheduled in the transaction that wrote the
 * row, so it exists exactly when the row does; db-scheduler hands it to one node at a time, and a node that dies
 * while running it is noticed by its missing heartbeat and the job runs again elsewhere ({@link Dispatcher} then
 * finds the row still {@code sending} and checks before sending again). A passing refusal is retried with growing
 * waits by throwing, which the failure handler reschedules.
 */
@Component
class SendJob {

    static final String NAME = "notification-send";

    private final OneTimeTask<Void> task;
    private final SchedulerClient scheduler;

    SendJob(@Lazy Dispatcher dispatcher, @Lazy SchedulerClient scheduler, NotificationProperties properties) {
        this.scheduler = scheduler;
        this.task = Tasks.oneTime(NAME, Void.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(properties.firstRetryDelay(), 2.0))
                .execute((instance, context) -> dispatcher.send(UUID.fromString(instance.getId())));
    }

    OneTimeTask<Void> task() {
        return task;
    }

    void schedule(UUID notification) {
        scheduler.scheduleIfNotExists(task.instance(notification.toString()), Instant.now());
    }
}
