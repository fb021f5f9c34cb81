package org.casework.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GOV.UK Notify on a local port, strict where Notify is: the bearer JWT must be HS256-signed with the API key's secret,
 * issued by its service id within the last 30 seconds (403 AuthError otherwise), and a request body must match the
 * official OpenAPI schema for its endpoint, with no property the schema does not name (400 ValidationError). It
 * answers with the official Java client's test payloads, given the request's reference and template, and remembers
 * what it took so a later {@code GET /v2/notifications?reference=} finds it. It can be told to fail every request.
 */
public final class FakeNotify implements AutoCloseable {

    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String API_KEY = "casework_test-" + SERVICE_ID + "-" + SECRET;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPENAPI = "classpath:notify/notify-openapi-1.0.4.bundled.json";

    /** A notification Notify took: the request as sent, and the id Notify gave it. */
    public record Taken(UUID id, String type, JsonNode request, Instant at) {
        public String reference() {
            return request.path("reference").asString(null);
        }
    }

    private static final java.util.regex.Pattern UK_MOBILE = java.util.regex.Pattern.compile("(\\+44|0044|0)7\\d{9}");

    private static volatile FakeNotify shared;

    /**
     * The Notify every test context sends to (its settings come from {@link TestDatabaseInitializer}): a test that
     * looks at what Notify took finds its own messages by reference.
     */
    public static synchronized FakeNotify shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The email template id and the text message template id the shared settings name. */
    public static final String EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    public static final String SMS_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08b";

    /** The settings that send every test context's Notify messages here. */
    static java.util.Map<String, Object> properties() {
        return java.util.Map.of(
                "casework.notify.api-key", API_KEY,
                "casework.notify.base-url", shared().baseUrl(),
                "casework.notify.email-template-id", EMAIL_TEMPLATE,
                "casework.notify.sms-template-id", SMS_TEMPLATE);
    }

    private final HttpServer server;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    private FakeNotify() throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
        for (var name : List.of("SendEmailRequest", "SendTextMessageRequest"))
            schemas.put(name, registry.getSchema(SchemaLocation.of(OPENAPI + "#/components/schemas/" + name)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeNotify start() {
        try {
            return new FakeNotify();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request from now on answers {@code status} with Notify's error body for it. */
    public void failWith(int status) {
        failWith = status;
    }

    public void reset() {
        failWith = 0;
        taken.clear();
    }

    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var refusal = authenticationProblem(exchange.getRequestHeaders().getFirst("Authorization"));
            if (refusal != null) {
                answer(exchange, 403, error(403, "AuthError", refusal));
                return;
            }
            if (failWith != 0) {
                answer(exchange, failWith, error(failWith, errorType(failWith), "Told to fail"));
                return;
            }
            var method = exchange.getRequestMethod();
            var path = exchange.getRequestURI().getPath();
            if (method.equals("POST") && path.equals("/v2/notifications/email")) {
                send(exchange, "email", "SendEmailRequest", "v2_notifications_email_response.json");
            } else if (method.equals("POST") && path.equals("/v2/notifications/sms")) {
                send(exchange, "sms", "SendTextMessageRequest", "v2_notifications_sms_response.json");
            } else if (method.equals("GET") && path.equals("/v2/notifications")) {
                list(exchange);
            } else {
                answer(exchange, 404, error(404, "NoResultFound", "No result found"));
            }
        }
    }

    private void send(HttpExchange exchange, String type, String schemaName, String payload) throws IOException {
        JsonNode request;
        try {
            request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        } catch (RuntimeException e) {
            answer(exchange, 400, error(400, "BadRequestError", "Invalid JSON supplied in POST data"));
            return;
        }
        var problems = new ArrayList<String>();
        schemas.get(schemaName).validate(request).forEach(problem -> problems.add(problem.toString()));
        var named = schemaProperties(schemaName);
        request.propertyNames().forEach(name -> {
            if (!named.contains(name)) problems.add("Additional properties are not allowed (" + name + ")");
        });
        if (!problems.isEmpty()) {
            answer(exchange, 400, error(400, "ValidationError", String.join("; ", problems)));
            return;
        }
        if (type.equals("sms")
                && !UK_MOBILE
                        .matcher(request.path("phone_number").asString().replaceAll("[\\s()-]", ""))
                        .matches()) {
            // What Notify answers for a landline or a number it cannot text.
            answer(exchange, 400, error(400, "ValidationError", "phone_number Not a UK mobile number"));
            return;
        }
        var id = UUID.randomUUID();
        taken.add(new Taken(id, type, request, Instant.now()));
        var response = (ObjectNode) resource(payload);
        response.put("id", id.toString());
        response.set("reference", request.get("reference"));
        ((ObjectNode) response.get("template"))
                .put("id", request.path("template_id").asString());
        response.put("uri", baseUrl() + "/v2/notifications/" + id);
        answer(exchange, 201, response);
    }

    private void list(HttpExchange exchange) throws IOException {
        var query = query(exchange.getRequestURI().getRawQuery());
        var example =
                resource("v2_notifications_response.json").get("notifications").get(0);
        var response = JSON.createObjectNode();
        var notifications = response.putArray("notifications");
        for (var one : taken) {
            if (query.containsKey("reference") && !query.get("reference").equals(one.reference())) continue;
            if (query.containsKey("template_type")
                    && !query.get("template_type").equals(one.type())) continue;
            var notification = (ObjectNode) example.deepCopy();
            notification.put("id", one.id().toString());
            notification.set("reference", one.request().get("reference"));
            notification.put("type", one.type());
            notification.put("status", "delivered");
            notification.set("email_address", one.request().get("email_address"));
            notification.set("phone_number", one.request().get("phone_number"));
            ((ObjectNode) notification.get("template"))
                    .put("id", one.request().path("template_id").asString());
            notification.put("created_at", one.at().toString());
            notifications.add(notification);
        }
        response.putObject("links").put("current", baseUrl() + "/v2/notifications");
        answer(exchange, 200, response);
    }

    /** Notify's own checks of the bearer token; null when it passes. */
    private static String authenticationProblem(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer "))
            return "Unauthorized: authentication token must be provided";
        var parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) return "Invalid token: not a JWT";
        try {
            var header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            if (!"HS256".equals(header.path("alg").asString(null))) return "Invalid token: algorithm used is not HS256";
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2])))
                return "Invalid token: signature, api token not found";
            var claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!SERVICE_ID.equals(claims.path("iss").asString(null))) return "Invalid token: service id not found";
            if (!claims.path("iat").canConvertToLong()
                    || Math.abs(Instant.now().getEpochSecond()
                                    - claims.path("iat").asLong())
                            > 30) return "Error: Your system clock must be accurate to within 30 seconds";
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return "Invalid token: " + e.getClass().getSimpleName();
        }
    }

    private java.util.Set<String> schemaProperties(String schemaName) {
        var names = new java.util.HashSet<String>();
        openApi()
                .path("components")
                .path("schemas")
                .path(schemaName)
                .path("properties")
                .propertyNames()
                .forEach(names::add);
        return names;
    }

    private static JsonNode openApiDocument;

    private static synchronized JsonNode openApi() {
        if (openApiDocument == null) openApiDocument = resource("notify-openapi-1.0.4.bundled.json");
        return openApiDocument;
    }

    private static JsonNode resource(String name) {
        try (var in = FakeNotify.class.getResourceAsStream("/notify/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String errorType(int status) {
        return switch (status) {
            case 400 -> "BadRequestError";
            case 403 -> "AuthError";
            case 429 -> "RateLimitError";
            default -> "Exception";
        };
    }

    private static JsonNode error(int status, String type, String message) {
        var body = JSON.createObjectNode();
        body.put("status_code", status);
        body.putArray("errors").addObject().put("error", type).put("message", message);
        return body;
    }

    private static Map<String, String> query(String raw) {
        var query = new HashMap<String, String>();
        if (raw == null) return query;
        for (var pair : raw.split("&")) {
            var at = pair.indexOf('=');
            if (at > 0)
                query.put(
                        URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        var bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
