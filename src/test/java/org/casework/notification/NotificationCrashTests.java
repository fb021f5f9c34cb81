package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.casework.CaseworkApplication;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.casework.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exactly once, when nodes die and when two of them send: a node killed in the middle of sending a message (the
 * SMTP server has taken its connection and not yet answered) leaves it to the next node, which sends it once; two
 * nodes sending from one outbox send every message once between them. PostgreSQL only, on a database of its own
 * (other tests' schedulers must not claim these jobs), so it carries no {@code database} tag.
 */
class NotificationCrashTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private Process killedNode;

    @AfterEach
    void stopEverything() {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (killedNode != null) killedNode.destroyForcibly();
    }

    @Test
    void aNodeKilledMidSendLeavesTheMessageToTheNextNodeWhichSendsItOnce() throws Exception {
        var database = TestDatabase.postgresOfItsOwn("notification_crash");
        // The case is started on a node that runs no jobs: the event and its message are committed, nothing is sent.
        var office = node(database, Map.of("casework.jobs.enabled", false));
        var email = "crash@example.org";
        var started = startCasesTellingTheCitizen(office, List.of(email)).getFirst();
        office.close();
        var db = JdbcClient.create(TestDatabase.dataSource(database));
        assertThat(status(db, started)).isEqualTo("pending");

        try (var blackHole = new BlackHoleSmtp()) {
            // A node whose mail server takes the connection and never answers: it stops mid-send, and is killed there.
            killedNode = nodeInItsOwnProcess(database, blackHole.port());
            await().atMost(PATIENCE).until(() -> "sending".equals(status(db, started)) && blackHole.connections() > 0);
            killedNode.destroyForcibly().waitFor();
        }
        assertThat(MailServer.textsTo(email)).isEmpty();

        // A node started afterwards notices the dead node's job by its missing heartbeat and finishes the work.
        node(database, Map.of("casework.jobs.heartbeat-interval", "200ms"));
        await().atMost(PATIENCE).until(() -> "sent".equals(status(db, started)));
        assertThat(MailServer.textsTo(email)).hasSize(1);
        assertThat(db.sql("select attempts from notifications where case_id = :id")
                        .param("id", started.id().value())
                        .query(Integer.class)
                        .single())
                .as("the killed attempt and the one that sent")
                .isEqualTo(2);
    }

    @Test
    void twoNodesSendEveryMessageOnceBetweenThem() {
        var database = TestDatabase.postgresOfItsOwn("notification_two_nodes");
        var nodeA = node(database, Map.of());
        var nodeB = node(database, Map.of());
        var addresses = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "two-nodes-" + i + "@example.org")
                .toList();

        var started = startCasesTellingTheCitizen(nodeA, addresses.subList(0, 15));
        started.addAll(startCasesOnTheSameProcess(nodeB, addresses.subList(15, 30)));

        var db = nodeA.getBean(JdbcClient.class);
        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from notifications where status = 'sent'")
                                .query(Long.class)
                                .single()
                        == 30);
        assertThat(addresses)
                .allSatisfy(address -> assertThat(MailServer.textsTo(address))
                        .as("emails to " + address)
                        .hasSize(1));
    }

    private String process;

    private List<CaseView> startCasesTellingTheCitizen(ConfigurableApplicationContext node, List<String> emails) {
        var council = new TestCouncil(node.getBean(Staff.class), node.getBean(ApiKeys.class), port(node));
        council.officer("olive", "officers");
        var template = council.named("received");
        node.getBean(Templates.class)
                .save(
                        new NotificationTemplate(
                                template, "Received", "Received ((reference))", "We have ((reference)).", null, 0),
                        "test");
        process = council.publish(
                council.admin().api(),
                """
                {
                  "key": "%s",
                  "name": "Report fly-tipping",
                  "fields": [{"key": "summary", "label": "What is it?", "type": "text"}],
                  "start": "assess",
                  "steps": [
                    {"kind": "task", "key": "assess", "name": "Assess", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}
                  ],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(council.named("fly-tipping"), council.named("officers"), template),
                council.named("fly-tipping"));
        return startCasesOnTheSameProcess(node, emails);
    }

    private List<CaseView> startCasesOnTheSameProcess(ConfigurableApplicationContext node, List<String> emails) {
        var cases = node.getBean(Cases.class);
        return new ArrayList<>(emails.stream()
                .map(email -> cases.start(new StartCase(
                        process, Map.of("summary", "a sofa"), new Citizen("Jo", email, null), "test", null)))
                .toList());
    }

    private static String status(JdbcClient db, CaseView started) {
        return db.sql("select status from notifications where case_id = :id")
                .param("id", started.id().value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** A node of the service in this test's JVM, sending mail to the test mail server. */
    private ConfigurableApplicationContext node(Map<String, Object> database, Map<String, Object> more) {
        var properties = new HashMap<String, Object>(database);
        properties.putAll(MailServer.properties());
        properties.put("server.port", 0);
        properties.put("casework.jobs.polling-interval", "100ms");
        properties.put("casework.notifications.first-retry-delay", "200ms");
        properties.putAll(more);
        var node = new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("node", properties)))
                .run();
        nodes.add(node);
        return node;
    }

    /** A node of the service in a JVM of its own, which the test can kill outright as a crash would. */
    private static Process nodeInItsOwnProcess(Map<String, Object> database, int smtpPort) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>(
                List.of(java, "-cp", System.getProperty("java.class.path"), CaseworkApplication.class.getName()));
        database.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.addAll(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties[mail.smtp.timeout]=600000",
                "--casework.jobs.polling-interval=100ms"));
        var log = Files.createTempFile("killed-node", ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** An SMTP server that accepts connections and never says a word, so a client stays mid-send until killed. */
    private static final class BlackHoleSmtp implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        BlackHoleSmtp() throws IOException {
            Thread.ofVirtual().start(() -> {
                try {
                    while (!server.isClosed()) held.add(server.accept());
                } catch (IOException closed) {
                    // The test is over with it.
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (var socket : held) socket.close();
        }
    }
}
