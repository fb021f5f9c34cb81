package org.casework.engine.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimerTaskConfiguration {

    @Bean
    Task<Void> caseTimerTask(CaseTimers timers) {
        return timers.task();
    }
}
