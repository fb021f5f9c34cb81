package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.casework.CaseworkApplication;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.StaffSession;
import org.casework.support.TestCouncil;
import org.casework.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the service on one PostgreSQL database share the job table: each due job runs exactly once, on
 * whichever node claims it first, and both nodes take their share. They share the staff sessions too: an officer
 * signed in on one node is signed in on the other. PostgreSQL only (nodes claim jobs with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}), so it carries no {@code database} tag and H2 never runs it.
 */
class TwoNodeJobTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final TaskDescriptor<Void> PROBE = TaskDescriptor.of("probe");

    /** Holds probe jobs in their threads until the test lets go, so one node alone cannot take every job. */
    private static volatile CountDownLatch probesHeld = new CountDownLatch(0);

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        var database = TestDatabase.postgresOfItsOwn("two_nodes");
        // Node A migrates the schema before node B starts, so the two never race each other's Flyway.
        nodeA = node("node-a", database);
        nodeB = node("node-b", database);
        jdbc = nodeA.getBean(JdbcClient.class);
        jdbc.sql("""
                        create table if not exists job_probe_runs (
                            node      varchar(20)  not null,
                            instance  varchar(100) not null,
                            ran_at    timestamp with time zone default current_timestamp not null)
                        """).update();
    }

    @AfterAll
    static void stopBothNodes() {
        probesHeld.countDown();
        if (nodeB != null) nodeB.close();
        if (nodeA != null) nodeA.close();
    }

    @Test
    void eachDueJobRunsExactlyOnceAndBothNodesTakeTheirShare() {
        probesHeld = new CountDownLatch(1);
        var instances = IntStream.rangeClosed(1, 50)
                .<TaskInstance<?>>mapToObj(i -> PROBE.instance("probe-" + i).build())
                .toList();

        nodeA.getBean(SchedulerClient.class).scheduleBatch(instances, Instant.now());
        // Each node claims no more jobs than it has threads; with node A's threads all held, node B must claim some.
        await().atMost(PATIENCE).until(() -> nodesThatRanProbes().size() == 2);
        probesHeld.countDown();
        await().atMost(PATIENCE).until(() -> probeRuns() == 50 && probesWaiting() == 0);

        assertThat(nodesThatRanProbes()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(jdbc.sql("select count(distinct instance) from job_probe_runs")
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
        assertThat(jdbc.sql("select instance from job_probe_runs group by instance having count(*) > 1")
                        .query(String.class)
                        .list())
                .as("probes that ran more than once")
                .isEmpty();
    }

    @Test
    void eachCasePassesItsTimerExactlyOnceWhileTwoNodesPoll() {
        var council = new TestCouncil(nodeA.getBean(Staff.class), nodeA.getBean(ApiKeys.class), port(nodeA));
        council.officer("olive", "officers");
        var process = council.publish(
                council.admin().api(),
                council.process("cooling-off.json", "cooling-off", "officers"),
                council.named("cooling-off"));
        var cases = nodeA.getBean(Cases.class);

        var started = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> cases.start(new StartCase(process, Map.of("summary", "Request " + i), "test", null)))
                .toList();

        assertThat(started).allSatisfy(view -> assertThat(view.status()).isEqualTo(CaseStatus.WAITING));
        await().atMost(PATIENCE)
                .until(() -> started.stream()
                        .allMatch(
                                view -> "follow-up".equals(cases.get(view.id()).currentStep())));
        assertThat(started).allSatisfy(view -> {
            var timeline = cases.timeline(view.id());
            assertThat(count(timeline, "timer-set", "wait-out-cooling-off")).isEqualTo(1);
            assertThat(count(timeline, "step-completed", "wait-out-cooling-off"))
                    .isEqualTo(1);
            assertThat(count(timeline, "step-entered", "follow-up")).isEqualTo(1);
            assertThat(count(timeline, "task-created", "follow-up")).isEqualTo(1);
        });
    }

    @Test
    void anOfficerSignedInOnOneNodeIsSignedInOnTheOther() {
        var council = new TestCouncil(nodeA.getBean(Staff.class), nodeA.getBean(ApiKeys.class), port(nodeA));
        var officer = council.signInOfficer("nina", java.util.Set.of(org.casework.identity.Role.OFFICER), "officers");

        var onNodeA = StaffSession.signIn(port(nodeA), officer.username(), TestCouncil.PASSWORD);
        var onNodeB = onNodeA.at(port(nodeB)).get("/tasks");

        assertThat(onNodeB.statusCode())
                .as("node B knows the session node A made")
                .isEqualTo(200);
        assertThat(onNodeB.body()).contains("<h1 class=\"govuk-heading-l\">My tasks</h1>", "nina");
        assertThat(StaffSession.signIn(port(nodeB), officer.username(), TestCouncil.PASSWORD)
                        .at(port(nodeA))
                        .get("/tasks")
                        .statusCode())
                .as("and the other way round")
                .isEqualTo(200);
    }

    /** One node of the service, with the probe job beside the engine's own jobs. */
    private static ConfigurableApplicationContext node(String name, Map<String, Object> database) {
        var properties = new HashMap<String, Object>(database);
        properties.put("server.port", 0);
        properties.put("casework.jobs.enabled", true);
        properties.put("casework.jobs.polling-interval", "100ms");
        properties.put("casework.jobs.threads", 4);
        properties.put("test.node-name", name);
        // Ahead of application.yml, as a test's own properties are; the builder's properties() would rank below it.
        return new SpringApplicationBuilder(CaseworkApplication.class, ProbeJob.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("two-nodes", properties)))
                .run();
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static List<String> nodesThatRanProbes() {
        return jdbc.sql("select distinct node from job_probe_runs")
                .query(String.class)
                .list();
    }

    private static long probeRuns() {
        return jdbc.sql("select count(*) from job_probe_runs").query(Long.class).single();
    }

    private static long probesWaiting() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :name")
                .param("name", PROBE.getTaskName())
                .query(Long.class)
                .single();
    }

    private static long count(List<TimelineEntry> timeline, String type, String step) {
        return timeline.stream()
                .filter(e -> e.type().equals(type) && step.equals(e.step()))
                .count();
    }

    /**
     * The probe job: records which node ran which instance, then waits while the test holds probes. Deliberately not
     * a {@code @Configuration}, so component scanning never adds it to other tests' contexts.
     */
    static class ProbeJob {

        @Bean
        OneTimeTask<Void> probeTask(JdbcClient jdbc, Environment environment) {
            var node = environment.getRequiredProperty("test.node-name");
            return Tasks.oneTime(PROBE).execute((instance, context) -> {
                jdbc.sql("insert into job_probe_runs (node, instance) values (:node, :instance)")
                        .param("node", node)
                        .param("instance", instance.getId())
                        .update();
                try {
                    probesHeld.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
