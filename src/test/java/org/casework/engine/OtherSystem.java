package org.casework.engine;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another council system on a local port, as an API step calls it: it keeps each request and answers with the status
 * and JSON it is given, failing or dawdling over the first few calls when asked to.
 */
final class OtherSystem implements AutoCloseable {

    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 500;
    private final AtomicInteger slowLeft = new AtomicInteger();
    private volatile Duration slowBy = Duration.ZERO;

    private OtherSystem() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                if (slowLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    Thread.sleep(slowBy);
                }
                var failing = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                var answer = (failing ? "{\"error\":\"down\"}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(failing ? failureStatus : status, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The caller gave up waiting and hung up: as a real system would, carry on.
            }
        });
        server.start();
    }

    static OtherSystem start() {
        try {
            return new OtherSystem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int status, String json) {
        this.status = status;
        this.body = json;
    }

    /** Answers the next {@code times} calls with {@code status}, as a system that is down for a while would. */
    void failNext(int times, int status) {
        failureStatus = status;
        failuresLeft.set(times);
    }

    /** Takes {@code by} over each of the next {@code times} answers. */
    void slowNext(int times, Duration by) {
        slowBy = by;
        slowLeft.set(times);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
