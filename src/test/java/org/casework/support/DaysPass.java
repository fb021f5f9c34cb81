package org.casework.support;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests of what happens as working days pass: the service's clock stands at 10:00 BST on Thursday 1 May 2025
 * until a test moves it, and {@link HeardActions} hears the actions the engine announces. 2025 is before every other
 * test's clock, so a recurring check a test runs by hand finds only cases and tasks made under this clock. Test
 * classes importing it share one application context.
 */
@TestConfiguration
public class DaysPass {

    /**
     * For the classes importing this: their context runs no background jobs. Every context shares one job table, and
     * a job this context took from another test would run under a clock in 2025 (a tracking link made then has long
     * expired). Such tests run the jobs they need by hand.
     */
    public static final String NO_JOBS = "casework.jobs.enabled=false";

    /** 10:00 BST on Thursday 1 May 2025; Monday 5 and Monday 26 May are bank holidays. */
    public static final Instant THURSDAY_1_MAY_2025 = Instant.parse("2025-05-01T09:00:00Z");

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(THURSDAY_1_MAY_2025);
    }

    @Bean
    HeardActions heardActions() {
        return new HeardActions();
    }

    /** The morning of {@code day} comes and the job runner runs the recurring job {@code job}, as it would then. */
    public static void run(String job, String day, MovableClock clock, List<Task<?>> tasks) {
        clock.moveTo(LocalDate.parse(day));
        var task = tasks.stream()
                .filter(t -> t.getName().equals(job))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No job called " + job));
        execute(task);
    }

    private static <T> void execute(Task<T> task) {
        task.execute(task.instance("recurring"), null);
    }
}
