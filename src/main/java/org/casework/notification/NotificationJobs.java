package org.casework.notification;

import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the notification module's jobs with the job runner. */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    @Bean
    Task<Void> notificationSendTask(SendJob job) {
        return job.task();
    }
}
