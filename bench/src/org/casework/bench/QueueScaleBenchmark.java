package org.casework.bench;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import org.casework.CaseworkApplication;
import org.casework.definition.Definitions;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDocuments;
import org.casework.engine.CaseFigures;
import org.casework.engine.CaseQuery;
import org.casework.engine.Cases;
import org.casework.identity.NewStaffMember;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.WorkQueues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * W2, queues and search at scale: loads 1,000,000 closed and 200,000 open "Report a problem" cases (with their tasks
 * and full timelines, citizens with names and postcodes, open work over 50 teams and 500 officers) straight into the
 * engine's tables with set-based SQL, then times each query the workspace issues, 1,000 calls with varied arguments.
 *
 * <p>Options: {@code --closed=1000000 --open=200000 --calls=1000 --load=true} (false re-times an existing load).
 */
public final class QueueScaleBenchmark {

    static final String DATABASE = "casework_w2";
    static final int TEAMS = 50;
    static final int OFFICERS = 500;
    static final int BATCH = 100_000;
    static final String[] FORENAMES = {
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
        "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
                "Jack",
        "Fatima", "Aisha", "Priya", "Anil", "Kwame", "Chloe", "Megan", "Rhys", "Dylan", "Siobhan", "Callum", "Eilidh"
    };

    /** Common surnames in England and Wales, with a few that test prefixes (O'Brien, Mc/Mac). */
    static final String[] SURNAMES = {
        "Smith",
        "Jones",
        "Williams",
        "Taylor",
        "Brown",
        "Davies",
        "Evans",
        "Wilson",
        "Thomas",
        "Johnson",
        "Roberts",
        "Robinson",
        "Thompson",
        "Wright",
        "Walker",
        "White",
        "Edwards",
        "Hughes",
        "Green",
        "Hall",
        "Lewis",
        "Harris",
        "Clarke",
        "Patel",
        "Jackson",
        "Wood",
        "Turner",
        "Martin",
        "Cooper",
        "Hill",
        "Ward",
        "Morris",
        "Moore",
        "Clark",
        "Lee",
        "King",
        "Baker",
        "Harrison",
        "Morgan",
        "Allen",
        "James",
        "Scott",
        "Phillips",
        "Watson",
        "Davis",
        "Parker",
        "Price",
        "Bennett",
        "Young",
        "Griffiths",
        "Mitchell",
        "Kelly",
        "Cook",
        "Carter",
        "Richardson",
        "Bailey",
        "Collins",
        "Bell",
        "Shaw",
        "Murphy",
        "Miller",
        "Cox",
        "Richards",
        "Khan",
        "Marshall",
        "Anderson",
        "Simpson",
        "Ellis",
        "Adams",
        "Singh",
        "Begum",
        "Wilkinson",
        "Foster",
        "Chapman",
        "Powell",
        "Webb",
        "Rogers",
        "Gray",
        "Mason",
        "Ali",
        "Hunt",
        "Hussain",
        "Campbell",
        "Matthews",
        "Owen",
        "Palmer",
        "Holmes",
        "Mills",
        "Barnes",
        "Knight",
        "Lloyd",
        "Butler",
        "Russell",
        "Barker",
        "Fisher",
        "Stevens",
        "Jenkins",
        "Murray",
        "Dixon",
        "Harvey",
        "O'Brien",
        "McDonald",
        "MacLeod",
        "Nowak",
        "Kowalski",
        "Okafor",
        "Mensah",
        "Nguyen",
        "Chen",
        "Ahmed"
    };

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        int closed = Integer.parseInt(options.getOrDefault("closed", "1000000"));
        int open = Integer.parseInt(options.getOrDefault("open", "200000"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "1000"));
        boolean load = Boolean.parseBoolean(options.getOrDefault("load", "true"));
        if (load) freshDatabase();
        var app = new SpringApplicationBuilder(CaseworkApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE
                                + "?reWriteBatchedInserts=true",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--casework.demo.enabled=false",
                        "--casework.jobs.enabled=false",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
        try {
            var bench = new QueueScaleBenchmark(app);
            var loadFigures = load ? bench.load(closed, open) : "";
            // The table, then one RESULT line with the query figures and, after a load, its time and size.
            System.out.println(bench.time(calls, closed, open) + loadFigures);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext app;
    private final JdbcClient jdbc;
    private final List<String> surnames;

    QueueScaleBenchmark(ConfigurableApplicationContext app) throws Exception {
        this.app = app;
        this.jdbc = app.getBean(JdbcClient.class);
        this.surnames = List.of(SURNAMES);
    }

    static void freshDatabase() throws Exception {
        try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        }
    }

    /** Loads the data set; returns the figures of the load. */
    String load(int closed, int open) throws Exception {
        var started = System.nanoTime();
        var staff = app.getBean(Staff.class);
        for (int t = 0; t < TEAMS; t++) staff.createTeam(team(t), "Team " + t);
        for (int o = 0; o < OFFICERS; o++) {
            staff.createUser(new NewStaffMember(
                    officer(o), "Officer " + o, null, null, Set.of(Role.OFFICER), Set.of(team(o % TEAMS)), Set.of()));
        }
        var definitions = app.getBean(Definitions.class);
        var document = new ClassPathResource("demo/processes/report-a-problem.json")
                .getContentAsString(StandardCharsets.UTF_8);
        definitions.saveDraft(app.getBean(ProcessDocuments.class).read(document, DocumentFormat.JSON), "bench");
        var version =
                definitions.publish("report-a-problem", "W2", "bench").id().value();
        var total = closed + open;
        System.out.printf("W2: loading %,d closed and %,d open cases%n", closed, open);
        inBatches(total, from -> {
            var to = Math.min(total, from + BATCH - 1);
            jdbc.sql(CASES)
                    .param("from", from)
                    .param("to", to)
                    .param("closed", closed)
                    .param("version", version)
                    .param("forenames", String.join(",", FORENAMES))
                    .param("surnames", String.join(",", surnames))
                    .update();
            jdbc.sql(TASKS)
                    .param("from", from)
                    .param("to", to)
                    .param("closed", closed)
                    .update();
            jdbc.sql(TIMELINE)
                    .param("from", from)
                    .param("to", to)
                    .param("closed", closed)
                    .update();
            System.out.printf("  %,9d cases  %6.1f s%n", to, (System.nanoTime() - started) / 1e9);
        });
        jdbc.sql("select setval('case_reference_seq', :next)")
                .param("next", (long) total + 1)
                .query(Long.class)
                .single();
        jdbc.sql("analyze").update();
        var seconds = (System.nanoTime() - started) / 1e9;
        var bytes = jdbc.sql("select pg_database_size(current_database())")
                .query(Long.class)
                .single();
        System.out.printf(Locale.ROOT, "Load: %,d cases in %.0f s; database %.2f GB%n", total, seconds, bytes / 1e9);
        return String.format(Locale.ROOT, " load_s=%.0f db_bytes=%d", seconds, bytes);
    }

    private static void inBatches(int total, IntConsumer batch) {
        for (int from = 1; from <= total; from += BATCH) batch.accept(from);
    }

    static String team(int t) {
        return "team-%02d".formatted(t);
    }

    static String officer(int o) {
        return "officer-%03d".formatted(o);
    }

    /** Case n: closed for n <= :closed (spread over two years), open after (the last 60 days, most recent most). */
    static final String CASES = """
            insert into cases (id, reference, process_key, process_version_id, status, data, current_stage,
                stage_due_on, current_step, step_token, outcome, created_at, created_by, due_on, closed_at, row_version,
                citizen_name, citizen_email, citizen_phone, citizen_surname, postcode)
            select cast(lpad(to_hex(n), 32, '0') as uuid),
                'RP-' || (2025 + n / 1000000) || '-' || lpad(cast(n % 1000000 as text), 6, '0'),
                'report-a-problem', :version,
                case when n <= :closed then 'closed' else 'open' end,
                jsonb_build_object('category', (array['pothole', 'flytipping', 'other'])[n % 3 + 1],
                    'priority', n % 3 + 1, 'postcode', p.postcode,
                    'description', 'A problem reported by a resident, with details of where it is and what it looks like.',
                    'route', case when n % 3 = 0 then 'highways' else 'environment' end)
                    || case when n <= :closed then jsonb_build_object('decision', 'accept') else '{}'::jsonb end,
                case when n <= :closed then 'decision' else 'assessing' end,
                cast(c.created_at as date) + 7,
                case when n <= :closed then 'closed' else 'triage' end,
                case when n <= :closed then 6 else 3 end,
                case when n <= :closed then 'resolved' end,
                c.created_at, 'bench', cast(c.created_at as date) + 14,
                case when n <= :closed then c.created_at + (n % 12) * interval '1 day' end,
                2,
                f.forename || ' ' || s.surname, null, null, lower(s.surname), p.postcode
            from (select string_to_array(:forenames, ',') as forenames,
                    string_to_array(:surnames, ',') as surnames) names
            cross join generate_series(:from, :to) n
            cross join lateral (select case when n <= :closed
                then now() - interval '730 days' + (n * interval '730 days') / :closed
                else now() - interval '60 days' * power((cast(n as bigint) * 7919 % 1000) / 1000.0, 2) end as created_at) c
            cross join lateral (select 'LS' || (n % 30 + 1) || ' ' || (n / 30 % 10) || chr(65 + n / 300 % 26)
                || chr(65 + n / 7800 % 26) as postcode) p
            cross join lateral (select names.forenames[n % cardinality(names.forenames) + 1] as forename) f
            cross join lateral (select names.surnames[(n * 31) % cardinality(names.surnames) + 1] as surname) s
            """;

    /** Two completed tasks per closed case; one open task per open case, 30 % of them claimed by a team member. */
    static final String TASKS = """
            insert into tasks (id, case_id, case_reference, process_key, step_key, step_name, step_token, team_key,
                assignee, state, due_on, created_at, claimed_at, completed_at, completed_by, row_version)
            select gen_random_uuid(), c.id, c.reference, c.process_key, t.step, t.step, t.token,
                'team-' || lpad(cast(n % 50 as text), 2, '0'),
                case when t.state = 'open' then null
                    else 'officer-' || lpad(cast(n / 50 % 10 * 50 + n % 50 as text), 3, '0') end,
                t.state, cast(c.created_at as date) + 5, c.created_at,
                case when t.state <> 'open' then c.created_at end,
                case when t.state = 'completed' then c.created_at + interval '1 hour' end,
                case when t.state = 'completed' then 'officer-' || lpad(cast(n / 50 % 10 * 50 + n % 50 as text), 3, '0') end,
                1
            from generate_series(:from, :to) n
            join cases c on c.id = cast(lpad(to_hex(n), 32, '0') as uuid)
            cross join lateral (
                select 'triage' as step, 3 as token,
                    case when n <= :closed then 'completed' when n % 10 < 3 then 'claimed' else 'open' end as state
                union all
                select 'review', 5, 'completed' where n <= :closed) t
            """;

    /** The timeline W1 writes: 16 rows for a closed case, 8 for one waiting at triage. */
    static final String TIMELINE = """
            insert into timeline_events (case_id, at, type, actor, step_key, detail)
            select c.id, c.created_at + e.k * interval '1 minute', e.type, e.actor, e.step,
                case when e.type = 'stage-entered' then jsonb_build_object('stage', e.step) end
            from generate_series(:from, :to) n
            join cases c on c.id = cast(lpad(to_hex(n), 32, '0') as uuid)
            cross join lateral (values
                (1, 'case-started', 'bench', null), (2, 'stage-entered', 'system', 'received'),
                (3, 'step-completed', 'system', 'route'), (4, 'step-completed', 'system', 'assess'),
                (5, 'stage-entered', 'system', 'assessing'), (6, 'step-entered', 'system', 'triage'),
                (7, 'task-created', 'system', 'triage'), (8, 'task-claimed', 'officer', 'triage'),
                (9, 'step-completed', 'officer', 'triage'), (10, 'stage-entered', 'system', 'decision'),
                (11, 'step-entered', 'system', 'review'), (12, 'task-created', 'system', 'review'),
                (13, 'task-claimed', 'officer', 'review'), (14, 'step-completed', 'officer', 'review'),
                (15, 'step-completed', 'system', 'closed'), (16, 'case-closed', 'system', 'closed'))
                as e(k, type, actor, step)
            where n <= :closed or e.k <= 8
            """;

    /** Times each query; returns the table and the RESULT line. */
    String time(int calls, int closed, int open) {
        var work = app.getBean(WorkQueues.class);
        var cases = app.getBean(Cases.class);
        var figures = app.getBean(CaseFigures.class);
        var random = new Random(42);
        var lead = new StaffPrincipal("lead", "Lead", Set.of(), Set.of(Role.TEAM_LEAD), Set.of(Scope.values()));
        var pageFifty = new LinkedHashMap<String, String>();
        for (int t = 0; t < TEAMS; t++) {
            String after = null;
            for (int page = 1; page < 50 && (page == 1 || after != null); page++) {
                after = work.teamQueue(team(t), after, 20, lead).next();
            }
            if (after != null) pageFifty.put(team(t), after);
        }
        var total = closed + open;
        var today = LocalDate.now();
        var monthAgo = Instant.now().minus(30, ChronoUnit.DAYS);
        var rows = new ArrayList<Map.Entry<String, Latencies>>();
        rows.add(Map.entry("my tasks (first page)", measure(calls, () -> {
            var o = random.nextInt(OFFICERS);
            var me = new StaffPrincipal(officer(o), "", Set.of(team(o % TEAMS)), Set.of(Role.OFFICER), Set.of());
            work.myTasks(me, null, 20);
        })));
        rows.add(Map.entry(
                "team queue (first page)",
                measure(calls, () -> work.teamQueue(team(random.nextInt(TEAMS)), null, 20, lead))));
        var teamsWithFifty = new ArrayList<>(pageFifty.keySet());
        if (!teamsWithFifty.isEmpty()) {
            rows.add(Map.entry("team queue (page 50)", measure(calls, () -> {
                var team = teamsWithFifty.get(random.nextInt(teamsWithFifty.size()));
                work.teamQueue(team, pageFifty.get(team), 20, lead);
            })));
        }
        rows.add(Map.entry("case by reference", measure(calls, () -> {
            var n = 1 + random.nextInt(total);
            cases.byReference("RP-" + (2025 + n / 1000000) + "-" + "%06d".formatted(n % 1000000));
        })));
        rows.add(Map.entry("cases by postcode", measure(calls, () -> {
            var n = 1 + random.nextInt(total);
            var postcode = "LS" + (n % 30 + 1) + " " + (n / 30 % 10) + (char) ('A' + n / 300 % 26)
                    + (char) ('A' + n / 7800 % 26);
            cases.list(query(postcode, null));
        })));
        rows.add(Map.entry("cases by surname prefix", measure(calls, () -> {
            var surname = surnames.get(random.nextInt(surnames.size())).toLowerCase(Locale.ROOT);
            cases.list(query(null, surname.substring(0, Math.min(3, surname.length()))));
        })));
        rows.add(Map.entry("SLA-breach scan (50)", measure(calls, () -> work.overdue(null, today, 50))));
        rows.add(Map.entry("dashboard: open by stage", measure(calls, figures::openByStage)));
        rows.add(Map.entry(
                "dashboard: SLA compliance 30 days",
                measure(calls, () -> figures.slaCompliance("report-a-problem", monthAgo))));

        var out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nW2 on %,d cases, %,d calls each%n%-36s %10s %10s%n",
                total,
                calls,
                "query",
                "p50 ms",
                "p95 ms"));
        var result = new StringBuilder("RESULT bench=w2 cases=" + total);
        for (var row : rows) {
            var l = row.getValue();
            out.append(String.format(
                    Locale.ROOT, "%-36s %10.2f %10.2f%n", row.getKey(), l.percentileMs(50), l.percentileMs(95)));
            var key = row.getKey()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "_")
                    .replaceAll("^_|_$", "");
            result.append(String.format(
                    Locale.ROOT, " %s_p50_ms=%.2f %s_p95_ms=%.2f", key, l.percentileMs(50), key, l.percentileMs(95)));
        }
        return out.append(result).toString();
    }

    private static CaseQuery query(String postcode, String surnamePrefix) {
        return new CaseQuery(null, null, null, postcode, surnamePrefix, null, null, null, null, null, 20);
    }

    private static Latencies measure(int calls, Runnable call) {
        for (int i = 0; i < Math.min(100, calls); i++) call.run();
        var latencies = new Latencies();
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.run();
            latencies.add(System.nanoTime() - t0);
        }
        return latencies;
    }
}
