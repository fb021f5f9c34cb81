package org.casework.bench;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.casework.CaseworkApplication;
import org.casework.definition.Definitions;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDocuments;
import org.casework.identity.ApiKeys;
import org.casework.identity.NewStaffMember;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * W1, the intake workload of {@code shared/bench/intake-workload.md}: T workers each start a "Report a problem" case,
 * read the triage team's queue, claim and complete the triage task, read the supervisors' queue, claim and complete
 * the review; the case is then closed. Runs in-process through the engine's facades or over HTTP with an API key,
 * on PostgreSQL (a fresh database) or H2.
 *
 * <p>Options: {@code --mode=inprocess|http --db=pg|h2 --threads=N --seconds=S --warmup=S}.
 */
public final class IntakeBenchmark {

    static final String PROCESS = "report-a-problem";
    static final String[] CATEGORIES = {"pothole", "flytipping", "other"};
    static final String DESCRIPTION = "There is a deep pothole in the road outside number 12, about a foot across and"
            + " filling with water when it rains. Cyclists swerve round it into the traffic. Please fix it soon.";

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var result = new IntakeBenchmark().run(options);
        System.out.println(result);
        System.exit(0);
    }

    record Options(String mode, String db, int threads, int seconds, int warmup, int heapEvery) {
        static Options parse(String[] args) {
            var map = new LinkedHashMap<String, String>();
            for (var arg : args) {
                if (!arg.startsWith("--") || !arg.contains("="))
                    throw new IllegalArgumentException("use --name=value: " + arg);
                map.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            var mode = map.getOrDefault("mode", "inprocess");
            return new Options(
                    mode,
                    map.getOrDefault("db", "pg"),
                    Integer.parseInt(map.getOrDefault("threads", mode.equals("http") ? "32" : "8")),
                    Integer.parseInt(map.getOrDefault("seconds", "30")),
                    Integer.parseInt(map.getOrDefault("warmup", "10")),
                    Integer.parseInt(map.getOrDefault("heap-every", "0")));
        }
    }

    /** One worker's recordings. */
    static final class Recorder {
        final Latencies start = new Latencies();
        final Latencies queue = new Latencies();
        final Latencies claimComplete = new Latencies();
        int notOnFirstPage;
    }

    String run(Options options) throws Exception {
        var pg = options.db().equals("pg");
        var url = pg
                ? freshPostgres()
                : "jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("casework-bench")
                        + "/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var http = options.mode().equals("http");
        // Arguments, not default properties: they must win over application.yml.
        var app = new SpringApplicationBuilder(CaseworkApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (pg ? "postgres" : "sa"),
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=" + (http ? 12 : options.threads() + 2),
                        "--casework.demo.enabled=false",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
        try {
            var key = setUp(app);
            var driver = http
                    ? new HttpDriver(
                            ((WebServerApplicationContext) app).getWebServer().getPort(), key)
                    : new InProcessDriver(app);
            System.out.printf(
                    "W1 intake: %s on %s, %d workers, %d s warm-up then %d s measured%n",
                    options.mode(), pg ? "PostgreSQL" : "H2", options.threads(), options.warmup(), options.seconds());
            phase(driver, options.threads(), options.warmup(), 0);
            var dataSource = app.getBean(DataSource.class);
            var jdbc = JdbcClient.create(dataSource);
            long bytesBefore = databaseBytes(jdbc, pg, url);
            long jvmBefore = Machine.jvmCpuNanos();
            long pgBefore = pg ? Machine.postgresCpuMillis() : 0;
            var load = Machine.loadAverage();
            var measured = phase(driver, options.threads(), options.seconds(), options.heapEvery());
            long jvmCpu = Machine.jvmCpuNanos() - jvmBefore;
            long pgCpu = pg ? Machine.postgresCpuMillis() - pgBefore : 0;
            long bytesAfter = databaseBytes(jdbc, pg, url);
            return report(options, measured, jvmCpu, pgCpu, bytesAfter - bytesBefore, load);
        } finally {
            app.close();
        }
    }

    /** The teams, the officer the workers act as, and the W1 process, published. Returns an API key for HTTP. */
    static String setUp(ConfigurableApplicationContext app) throws Exception {
        var staff = app.getBean(Staff.class);
        for (var team : List.of("highways", "environment", "supervisors")) staff.createTeam(team, team);
        staff.createUser(new NewStaffMember(
                "bench",
                "Bench Officer",
                "bench@example.gov.uk",
                null,
                java.util.Set.of(Role.OFFICER),
                java.util.Set.of("highways", "environment", "supervisors"),
                java.util.Set.of()));
        var definitions = app.getBean(Definitions.class);
        var document = new ClassPathResource("demo/processes/report-a-problem.json")
                .getContentAsString(StandardCharsets.UTF_8);
        definitions.saveDraft(app.getBean(ProcessDocuments.class).read(document, DocumentFormat.JSON), "bench");
        definitions.publish(PROCESS, "benchmark", "bench");
        return app.getBean(ApiKeys.class)
                .issue("bench", "benchmark", java.util.Set.of(Scope.values()))
                .key();
    }

    record Phase(double seconds, int completed, int failed, List<Recorder> recorders) {}

    static Phase phase(Driver driver, int threads, int seconds, int heapEvery) throws InterruptedException {
        var stop = new AtomicBoolean();
        var completed = new AtomicInteger();
        var failed = new AtomicInteger();
        var recorders = new ArrayList<Recorder>();
        var finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            var recorder = new Recorder();
            recorders.add(recorder);
            Thread.ofPlatform().name("worker-" + t).start(() -> {
                try {
                    while (!stop.get()) {
                        try {
                            oneCase(driver, recorder);
                            completed.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (failed.incrementAndGet() <= 3) e.printStackTrace();
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
        }
        long begin = System.nanoTime();
        var deadline = begin + seconds * 1_000_000_000L;
        long nextHeapReport = heapEvery > 0 ? begin + heapEvery * 1_000_000_000L : Long.MAX_VALUE;
        while (System.nanoTime() < deadline) {
            finished.await(
                    Math.min(5_000, (deadline - System.nanoTime()) / 1_000_000 + 1),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            var elapsed = (System.nanoTime() - begin) / 1e9;
            System.out.printf("  %5.1f s  %6d cases  %7.1f/s%n", elapsed, completed.get(), completed.get() / elapsed);
            if (System.nanoTime() >= nextHeapReport) {
                System.gc();
                var used = java.lang.management.ManagementFactory.getMemoryMXBean()
                        .getHeapMemoryUsage()
                        .getUsed();
                System.out.printf("  heap in use after full GC at %.0f s: %.1f MB%n", elapsed, used / 1e6);
                nextHeapReport += heapEvery * 1_000_000_000L;
            }
        }
        stop.set(true);
        finished.await();
        var elapsed = (System.nanoTime() - begin) / 1e9;
        return new Phase(elapsed, completed.get(), failed.get(), recorders);
    }

    static void oneCase(Driver driver, Recorder recorder) {
        var random = ThreadLocalRandom.current();
        var category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        var data = Map.<String, Object>of(
                "category",
                category,
                "priority",
                1 + random.nextInt(3),
                "postcode",
                "LS" + (1 + random.nextInt(28)) + " " + random.nextInt(10) + "AB",
                "description",
                DESCRIPTION);
        long t0 = System.nanoTime();
        var caseId = driver.start(data);
        recorder.start.add(System.nanoTime() - t0);
        work(
                driver,
                recorder,
                caseId,
                category.equals("pothole") ? "highways" : "environment",
                Map.of("decision", "accept"));
        work(driver, recorder, caseId, "supervisors", Map.of());
    }

    /** Reads the team's first page, then claims and completes this case's task there. */
    static void work(Driver driver, Recorder recorder, String caseId, String team, Map<String, Object> data) {
        long t0 = System.nanoTime();
        var task = driver.firstPageTaskOf(team, caseId);
        recorder.queue.add(System.nanoTime() - t0);
        if (task == null) {
            recorder.notOnFirstPage++;
            task = driver.openTaskOf(caseId);
        }
        long t1 = System.nanoTime();
        driver.claim(task);
        driver.complete(task, data);
        recorder.claimComplete.add(System.nanoTime() - t1);
    }

    static String freshPostgres() throws Exception {
        try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists casework_bench with (force)");
            admin.createStatement().execute("create database casework_bench");
        }
        return "jdbc:postgresql://127.0.0.1:5432/casework_bench?reWriteBatchedInserts=true";
    }

    /** The size of every table and index of ours; on H2 the database file after a checkpoint. */
    static long databaseBytes(JdbcClient jdbc, boolean pg, String url) throws Exception {
        if (pg) {
            jdbc.sql("checkpoint").update();
            return jdbc.sql("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n"
                            + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'")
                    .query(Long.class)
                    .single();
        }
        jdbc.sql("checkpoint sync").update();
        var file = java.nio.file.Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
        return java.nio.file.Files.size(file);
    }

    static String report(Options options, Phase phase, long jvmCpuNanos, long pgCpuMillis, long bytes, String load) {
        var start = Latencies.merge(phase.recorders().stream().map(r -> r.start).toList());
        var queue = Latencies.merge(phase.recorders().stream().map(r -> r.queue).toList());
        var work = Latencies.merge(
                phase.recorders().stream().map(r -> r.claimComplete).toList());
        var notOnPage =
                phase.recorders().stream().mapToInt(r -> r.notOnFirstPage).sum();
        var perSecond = phase.completed() / phase.seconds();
        var cases = Math.max(1, phase.completed());
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%n%-22s %10s %10s %10s %10s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms"));
        for (var row :
                List.of(Map.entry("start", start), Map.entry("queue read", queue), Map.entry("claim+complete", work))) {
            var l = row.getValue();
            out.append(String.format(
                    Locale.ROOT,
                    "%-22s %10d %10.2f %10.2f %10.2f%n",
                    row.getKey(),
                    l.count(),
                    l.percentileMs(50),
                    l.percentileMs(95),
                    l.percentileMs(99)));
        }
        var jvmMs = jvmCpuNanos / 1e6 / cases;
        var pgMs = (double) pgCpuMillis / cases;
        var bytesPer10k = bytes * 10_000 / cases;
        out.append(String.format(
                Locale.ROOT,
                "%ncases completed: %d in %.1f s = %.1f cases/s (failed %d; task not on first page %d)%n",
                phase.completed(),
                phase.seconds(),
                perSecond,
                phase.failed(),
                notOnPage));
        out.append(String.format(
                Locale.ROOT,
                "CPU per case: JVM %.2f ms, PostgreSQL %.2f ms; database growth per 10,000 cases: %.1f MB%n",
                jvmMs,
                pgMs,
                bytesPer10k / 1e6));
        out.append(String.format(Locale.ROOT, "load average before: %s%n", load));
        out.append(String.format(
                Locale.ROOT,
                "RESULT bench=w1 mode=%s db=%s threads=%d cases_per_s=%.1f completed=%d failed=%d"
                        + " start_p50_ms=%.2f start_p95_ms=%.2f start_p99_ms=%.2f queue_p50_ms=%.2f queue_p95_ms=%.2f"
                        + " queue_p99_ms=%.2f claim_complete_p50_ms=%.2f claim_complete_p95_ms=%.2f claim_complete_p99_ms=%.2f"
                        + " db_bytes_per_10k=%d jvm_cpu_ms_per_case=%.2f pg_cpu_ms_per_case=%.2f",
                options.mode(),
                options.db(),
                options.threads(),
                perSecond,
                phase.completed(),
                phase.failed(),
                start.percentileMs(50),
                start.percentileMs(95),
                start.percentileMs(99),
                queue.percentileMs(50),
                queue.percentileMs(95),
                queue.percentileMs(99),
                work.percentileMs(50),
                work.percentileMs(95),
                work.percentileMs(99),
                bytesPer10k,
                jvmMs,
                pgMs));
        return out.toString();
    }
}
