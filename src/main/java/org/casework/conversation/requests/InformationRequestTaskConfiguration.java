package org.casework.conversation.requests;

import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the information-request jobs with the job runner, which runs every {@link Task} bean. */
@Configuration(proxyBeanMethods = false)
class InformationRequestTaskConfiguration {

    @Bean
    Task<Void> informationRequestReminderTask(InformationRequestJobs jobs) {
        return jobs.reminderTask();
    }

    @Bean
    Task<Void> informationRequestOverdueTask(InformationRequestJobs jobs) {
        return jobs.overdueTask();
    }
}
