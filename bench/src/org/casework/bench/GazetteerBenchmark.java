package org.casework.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Random;
import org.casework.CaseworkApplication;
import org.casework.registry.GazetteerImports;
import org.casework.registry.Places;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * W3, the gazetteer import: writes a deterministic AddressBase-layout CSV of 1,000,000 addresses (about 15 to a
 * postcode, every seventh a flat in a building), imports it into a fresh PostgreSQL database casework_w3 through the
 * service's own import, then times 1,000 lookups by UPRN and 1,000 by postcode with varied arguments. Reports rows
 * per second, the JVM's peak heap during the import and its peak resident memory, and the lookups' p50 and p95.
 *
 * <p>Options: {@code --rows=1000000 --calls=1000}.
 */
public final class GazetteerBenchmark {

    static final String DATABASE = "casework_w3";
    static final long FIRST_UPRN = 100_000_000_001L;
    static final int PER_POSTCODE = 15;
    static final String[] STREETS = {
        "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Green Lane", "Manor Road",
        "Park Avenue", "Acacia Avenue", "Queens Road", "New Road", "School Lane", "The Crescent", "Orchard Way"
    };

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "1000"));
        var file = Path.of("target", "w3-gazetteer-" + rows + ".csv");
        var written = System.nanoTime();
        write(file, rows);
        System.out.printf(
                Locale.ROOT,
                "W3: wrote %,d rows (%.0f MB) in %.1f s%n",
                rows,
                Files.size(file) / 1e6,
                (System.nanoTime() - written) / 1e9);
        freshDatabase();
        var app = new SpringApplicationBuilder(CaseworkApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--casework.demo.enabled=false",
                        "--casework.jobs.enabled=false",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
        try {
            var imports = app.getBean(GazetteerImports.class);
            var places = app.getBean(Places.class);
            System.gc();
            resetPeaks();
            var cpu = Machine.jvmCpuNanos();
            var pgCpu = Machine.postgresCpuMillis();
            var started = System.nanoTime();
            GazetteerImport done;
            try (var in = Files.newInputStream(file)) {
                done = new GazetteerImport(
                        imports.importNow("addressbase", file.getFileName().toString(), in, "bench"));
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            var heapPeak = heapPeakBytes();
            var jvmCpu = (Machine.jvmCpuNanos() - cpu) / 1e9;
            var postgresCpu = (Machine.postgresCpuMillis() - pgCpu) / 1e3;
            if (!done.view().status().name().equals("FINISHED") || done.view().rowsImported() != rows) {
                throw new IllegalStateException("The import did not take every row: " + done.view());
            }
            var jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("analyze places").update();
            var tableBytes = jdbc.sql("select pg_total_relation_size('places')")
                    .query(Long.class)
                    .single();

            var random = new Random(42);
            var byUprn = measure(calls, () -> places.find(new Uprn(FIRST_UPRN + random.nextInt(rows))));
            var postcodes = (rows + PER_POSTCODE - 1) / PER_POSTCODE;
            var byPostcode = measure(calls, () -> {
                var found = places.inPostcode(
                        Postcode.parse(postcode(random.nextInt(postcodes))).orElseThrow());
                if (found.isEmpty()) throw new IllegalStateException("No addresses in a generated postcode");
            });
            var rss = peakRssBytes();

            var rate = rows / seconds;
            System.out.printf(
                    Locale.ROOT,
                    """

                    W3 gazetteer import of %,d rows (PostgreSQL, COPY into staging, one upsert)
                    %-34s %12s
                    %-34s %12.1f
                    %-34s %,12.0f
                    %-34s %12.1f
                    %-34s %12.1f
                    %-34s %12.0f
                    %-34s %12.0f
                    %-34s %12.0f
                    %-34s %10s %10s
                    %-34s %10.3f %10.3f
                    %-34s %10.3f %10.3f
                    """,
                    rows,
                    "figure",
                    "value",
                    "import seconds",
                    seconds,
                    "rows per second",
                    rate,
                    "JVM CPU seconds",
                    jvmCpu,
                    "PostgreSQL CPU seconds",
                    postgresCpu,
                    "JVM heap peak during import, MB",
                    heapPeak / 1e6,
                    "JVM peak RSS, MB",
                    rss / 1e6,
                    "places table with indexes, MB",
                    tableBytes / 1e6,
                    "lookup (" + calls + " calls)",
                    "p50 ms",
                    "p95 ms",
                    "place by UPRN",
                    byUprn.percentileMs(50),
                    byUprn.percentileMs(95),
                    "places in a postcode (~15)",
                    byPostcode.percentileMs(50),
                    byPostcode.percentileMs(95));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT bench=w3 rows=%d import_s=%.1f rows_per_s=%.0f heap_peak_mb=%.0f rss_peak_mb=%.0f"
                            + " table_mb=%.0f uprn_p50_ms=%.3f uprn_p95_ms=%.3f postcode_p50_ms=%.3f"
                            + " postcode_p95_ms=%.3f%n",
                    rows,
                    seconds,
                    rate,
                    heapPeak / 1e6,
                    rss / 1e6,
                    tableBytes / 1e6,
                    byUprn.percentileMs(50),
                    byUprn.percentileMs(95),
                    byPostcode.percentileMs(50),
                    byPostcode.percentileMs(95));
        } finally {
            app.close();
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    /** Holds the finished import (a record would clash with the registry's name in this file). */
    private record GazetteerImport(org.casework.registry.GazetteerImport view) {}

    /** Postcode p of the generated file: LS1 0AA, LS1 0AB, … (a valid shape, invented). */
    static String postcode(int p) {
        return "LS" + (p / 6760 % 99 + 1) + " " + (p / 676 % 10) + (char) ('A' + p / 26 % 26) + (char) ('A' + p % 26);
    }

    static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,SAO_TEXT,"
                    + "PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                    + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS\r\n");
            var line = new StringBuilder(256);
            for (int n = 0; n < rows; n++) {
                int p = n / PER_POSTCODE;
                int street = p / 4;
                boolean flat = n % 7 == 3;
                int house = (n % PER_POSTCODE) * 2 + 1 + (p % 4) * 40;
                double easting = 400_000 + (n % 1000) * 12.5;
                double northing = 200_000 + (n / 1000) * 12.5;
                line.setLength(0);
                line.append(FIRST_UPRN + n)
                        .append(',')
                        .append(30_000_000 + street)
                        .append(',');
                if (flat) line.append(FIRST_UPRN + n - 1);
                line.append(',');
                if (flat) line.append(n % 5 + 1).append(",,,,Flat,");
                else line.append(",,,,,");
                line.append(flat ? Math.max(1, house - 2) : house).append(',');
                line.append(n % 11 == 0 ? "A" : "").append(",,,");
                line.append(n % 13 == 0 ? "\"" + STREETS[n % STREETS.length].split(" ")[0] + " House\"" : "");
                line.append(',')
                        .append(STREETS[street % STREETS.length])
                        .append(' ')
                        .append(street);
                line.append(",,Leeds,").append(postcode(p)).append(',');
                line.append(String.format(
                        Locale.ROOT,
                        "%.2f,%.2f,%.7f,%.7f",
                        easting,
                        northing,
                        53.0 + (northing - 200_000) / 111_200,
                        -1.5 + (easting - 400_000) / 67_000));
                line.append(',').append(flat ? "RD06" : "RD04").append("\r\n");
                out.append(line);
            }
        }
    }

    static void freshDatabase() throws Exception {
        try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different moments). */
    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** The process's peak resident set (VmHWM in /proc/self/status), start-up included. */
    private static long peakRssBytes() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
        return -1;
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
