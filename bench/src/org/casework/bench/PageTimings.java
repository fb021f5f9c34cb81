package org.casework.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.casework.CaseworkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * How long the staff pages take on the demo council: each page fetched by a signed-in officer, one at a time over
 * loopback, after a warm-up. The time is the whole request as the browser's network panel would show it, less
 * the browser: server rendering, security filters, the session read from the database, and the HTTP exchange.
 *
 * <p>Options: {@code --db=h2|pg --calls=200 --warmup=50}. Prints a table, then a RESULT line.
 */
public final class PageTimings {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]+-\\d{4}-\\d+)\"");

    private final HttpClient client;
    private final String base;

    private PageTimings(int port) {
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.base = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        options.put("db", "h2");
        options.put("calls", "200");
        options.put("warmup", "50");
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) throw new IllegalArgumentException("use --name=value");
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        var pg = options.get("db").equals("pg");
        var url = pg
                ? IntakeBenchmark.freshPostgres()
                : "jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var app = new SpringApplicationBuilder(CaseworkApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (pg ? "postgres" : "sa"),
                        "--spring.datasource.password=",
                        "--casework.demo.enabled=true",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
        try {
            var port = ((WebServerApplicationContext) app).getWebServer().getPort();
            int calls = Integer.parseInt(options.get("calls"));
            int warmup = Integer.parseInt(options.get("warmup"));
            System.out.printf(
                    "Staff pages on the demo council (%s): %d warm-up then %d timed calls per page, one at a time%n",
                    pg ? "PostgreSQL" : "H2", warmup, calls);
            System.out.printf("%-34s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "max ms");
            var result = new StringBuilder("RESULT");
            var officer = new PageTimings(port).signIn("alex");
            var caseReference = officer.firstMatch("/tasks", CASE_LINK);
            var pages = new ArrayList<>(List.of(
                    new Page("my tasks", "/tasks", officer),
                    new Page("team queue", "/queues/highways", officer),
                    new Page("case view", "/cases/" + caseReference, officer)));
            var lead = new PageTimings(port).signIn("sam");
            var laterPages = List.of(
                    new Page("start a case", "/cases/new", officer),
                    new Page("search by name", "/search?name=Patel", officer),
                    new Page("search, all cases", "/search", officer),
                    new Page("supervise", "/supervise", lead),
                    new Page("incidents", "/supervise/incidents", lead));
            for (var page : laterPages) if (page.exists()) pages.add(page);
            for (var page : pages) {
                for (int i = 0; i < warmup; i++) page.fetch();
                var latencies = new Latencies();
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    page.fetch();
                    latencies.add(System.nanoTime() - start);
                }
                System.out.printf(
                        "%-34s %8.1f %8.1f %8.1f%n",
                        page.name() + " " + page.path(),
                        latencies.percentileMs(50),
                        latencies.percentileMs(95),
                        latencies.percentileMs(100));
                result.append(' ')
                        .append(page.name().replaceAll("[^a-z]+", "_"))
                        .append("_p95_ms=")
                        .append(String.format("%.1f", latencies.percentileMs(95)));
            }
            System.out.println(result);
        } finally {
            app.close();
        }
    }

    private record Page(String name, String path, PageTimings as) {
        boolean exists() throws Exception {
            return as.get(path).statusCode() == 200;
        }

        void fetch() throws Exception {
            var response = as.get(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
    }

    private PageTimings signIn(String username) throws Exception {
        var token = firstMatch("/sign-in", CSRF);
        var form = "username=" + username + "&password=demo-password&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().startsWith("/sign-in")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return this;
    }

    private String firstMatch(String path, Pattern pattern) throws Exception {
        var matcher = pattern.matcher(get(path).body());
        if (!matcher.find()) throw new IllegalStateException("Nothing matching " + pattern + " on " + path);
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
