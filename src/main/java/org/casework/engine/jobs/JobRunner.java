package org.casework.engine.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.casework.platform.DatabaseDialect;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background work through db-scheduler: jobs are rows in {@code scheduled_tasks}, claimed by whichever node polls
 * first, so any number of nodes share them and each due job runs once. The client sees the data source through a
 * transaction-aware proxy, so a job scheduled inside an engine command is committed (or rolled back) with it.
 */
@Configuration(proxyBeanMethods = false)
class JobRunner {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobProperties properties, DatabaseDialect dialect) {
        var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeatInterval())
                .enableImmediateExecution();
        // PostgreSQL claims due jobs with SELECT ... FOR UPDATE SKIP LOCKED; H2 cannot, so it uses optimistic
        // claiming by version, which is just as safe for the single node an embedded database serves.
        if (dialect == DatabaseDialect.POSTGRESQL) builder.pollUsingLockAndFetch(0.5, 1.0);
        return builder.build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, JobProperties properties) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (properties.enabled()) scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                if (properties.enabled()) scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /** db-scheduler cannot start again once stopped, so a paused test context must leave it running. */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
