package org.casework.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives Casework over its REST API with an API key, as an integrating system would. */
final class HttpDriver implements Driver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;

    HttpDriver(int port, String key) {
        this.base = "http://localhost:" + port + "/api/v1";
        this.authorization = "Bearer " + key;
    }

    @Override
    public String start(Map<String, Object> data) {
        return send("POST", "/cases", Map.of("process", IntakeBenchmark.PROCESS, "data", data), 201)
                .path("id")
                .asString();
    }

    @Override
    public String firstPageTaskOf(String team, String caseId) {
        for (var task :
                send("GET", "/teams/" + team + "/queue?limit=20", null, 200).path("tasks")) {
            if (task.path("caseId").asString().equals(caseId))
                return task.path("id").asString();
        }
        return null;
    }

    @Override
    public String openTaskOf(String caseId) {
        return send("GET", "/cases/" + caseId, null, 200)
                .path("openTasks")
                .get(0)
                .path("id")
                .asString();
    }

    @Override
    public void claim(String taskId) {
        send("POST", "/tasks/" + taskId + "/claim", Map.of(), 200);
    }

    @Override
    public void complete(String taskId, Map<String, Object> data) {
        send("POST", "/tasks/" + taskId + "/complete", Map.of("data", data), 200);
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
