package org.casework.engine.calls;

import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiCallJobs {

    @Bean
    Task<Void> apiCallTask(ApiCalls calls) {
        return calls.task();
    }
}
