package org.casework.engine.calls;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.casework.definition.RequestTemplate;
import org.casework.engine.cases.ApiSteps;

/**
 * Fills an API step's request for one visit. Each part escapes what it is given as that part needs: a URL's values are
 * percent-encoded, a body's are escaped as the inside of a JSON string (the template writes the quotes), a header's are
 * sent as they are but may not break the line.
 */
final class Requests {

    private Requests() {}

    /** The request, with {@code secrets} opening each named secret and {@code callbackUrl} null unless it is sent. */
    static HttpRequest build(ApiSteps.Visit visit, UnaryOperator<String> secrets, String callbackUrl) {
        var step = visit.step();
        var request = step.request();
        UnaryOperator<String> values = name -> value(visit, name, secrets, callbackUrl);
        URI uri;
        try {
            uri = URI.create(RequestTemplate.fill(request.url(), name -> urlEncoded(values.apply(name))));
        } catch (IllegalArgumentException e) {
            throw new CallFailed("the URL of step '" + step.key() + "' is not a valid address once filled in");
        }
        var method = request.method().toUpperCase(Locale.ROOT);
        var body = RequestTemplate.fill(request.body(), name -> jsonEscaped(values.apply(name)));
        var builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(step.timeoutOrDefault()))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        var contentTypeGiven = false;
        for (var header : request.headers().entrySet()) {
            var value = RequestTemplate.fill(header.getValue(), values);
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new CallFailed("header '" + header.getKey() + "' would contain a line break once filled in");
            }
            builder.setHeader(header.getKey(), value);
            contentTypeGiven |= header.getKey().equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentTypeGiven) builder.setHeader("Content-Type", "application/json");
        return builder.build();
    }

    private static String value(ApiSteps.Visit visit, String name, UnaryOperator<String> secrets, String callbackUrl) {
        var secret = RequestTemplate.secretName(name);
        if (secret != null) return secrets.apply(secret);
        if (name.equals(RequestTemplate.CALLBACK_URL)) return callbackUrl == null ? "" : callbackUrl;
        if (name.equals(RequestTemplate.CASE_REFERENCE)) return visit.reference();
        var value = visit.data().get(name);
        if (value == null) return "";
        if (value instanceof Collection<?> list)
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (value instanceof LocalDate date) return date.toString();
        return String.valueOf(value);
    }

    static String urlEncoded(String value) {
        var encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        // A value of "." or ".." would otherwise climb the step's path on the other system.
        return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
    }

    static String jsonEscaped(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (var c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
