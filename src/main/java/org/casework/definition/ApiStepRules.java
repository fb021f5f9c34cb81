package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an API step: a method and an absolute http(s) address, placeholders that name the process's fields, stored
 * secrets or the callback address, answers mapped by JSONPaths that compile into fields that exist, sensible time-outs
 * and attempts, and a team to hand the work to when the other system cannot be reached. Whether a named secret is
 * stored is checked by the engine, which keeps them.
 */
final class ApiStepRules {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final int MAX_TIMEOUT_SECONDS = 120;
    static final int MAX_ATTEMPTS = 10;

    /** The scheme and host are written out: a placeholder may fill the path or the query, never the host. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://[^/{}?#\\s]+([/?#].*)?");

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DefinitionKeys definition;

    ApiStepRules(DefinitionKeys definition) {
        this.definition = definition;
    }

    void check(Step.Api api, DocumentPath path, Problems problems) {
        var name = "API step '" + api.key() + "'";
        checkRequest(api, path.property("request"), name, problems);
        checkResponse(api, path.property("response"), name, problems);
        checkCallback(api, path.property("waitForCallback"), name, problems);
        var timeout = api.timeoutSeconds();
        if (timeout != null && (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
            problems.add(
                    path.property("timeoutSeconds"),
                    name + " must wait between 1 and " + MAX_TIMEOUT_SECONDS + " seconds for an answer");
        }
        var attempts = api.attempts();
        if (attempts != null && (attempts < 1 || attempts > MAX_ATTEMPTS)) {
            problems.add(
                    path.property("attempts"), name + " must try the call between 1 and " + MAX_ATTEMPTS + " times");
        }
        if (isBlank(api.failureTeam())) {
            problems.add(
                    path.property("failureTeam"),
                    name + " has no failure team: name the team that takes over when the call keeps failing");
        }
    }

    private void checkRequest(Step.Api api, DocumentPath path, String name, Problems problems) {
        var request = api.request();
        if (request == null) {
            problems.add(path, name + " has no request: give its method and URL");
            return;
        }
        var method = request.method() == null ? null : request.method().toUpperCase(Locale.ROOT);
        if (isBlank(method)) {
            problems.add(path.property("method"), name + " has no method: use GET, POST, PUT, PATCH or DELETE");
        } else if (!METHODS.contains(method)) {
            problems.add(
                    path.property("method"),
                    name + " uses method '" + request.method() + "': use GET, POST, PUT, PATCH or DELETE");
        }
        if (isBlank(request.url())) {
            problems.add(path.property("url"), name + " has no URL");
        } else if (!ADDRESS.matcher(request.url()).matches()) {
            problems.add(
                    path.property("url"),
                    name + " calls '" + request.url() + "': the URL must start with http:// or https:// and a host"
                            + " (placeholders may fill only its path and query)");
        } else {
            checkPlaceholders(api, request.url(), path.property("url"), name, problems);
        }
        request.headers().forEach((header, value) -> {
            var at = path.property("headers").property(header);
            if (!HEADER_NAME.matcher(header).matches()) {
                problems.add(at, name + " sends a header named '" + header + "', which is not a valid header name");
            }
            if (value == null) problems.add(at, name + " sends header '" + header + "' with no value");
            else checkPlaceholders(api, value, at, name, problems);
        });
        if (request.body() != null) {
            if ("GET".equals(method) || "DELETE".equals(method)) {
                problems.add(path.property("body"), name + " sends a body with " + method + ": use POST, PUT or PATCH");
            }
            checkPlaceholders(api, request.body(), path.property("body"), name, problems);
        }
    }

    private void checkPlaceholders(Step.Api api, String text, DocumentPath at, String name, Problems problems) {
        for (var placeholder : RequestTemplate.placeholders(text)) {
            var secret = RequestTemplate.secretName(placeholder);
            if (secret != null) {
                if (!SECRET_NAME.matcher(secret).matches())
                    problems.add(
                            at,
                            name + " uses secret '" + secret
                                    + "': a secret's name is lowercase letters and digits joined by hyphens");
            } else if (placeholder.equals(RequestTemplate.CALLBACK_URL)) {
                if (!api.callsBack())
                    problems.add(
                            at,
                            name + " sends {{callbackUrl}} but does not wait for a callback: set 'waitForCallback'");
            } else if (!placeholder.equals(RequestTemplate.CASE_REFERENCE)
                    && definition.field(placeholder).isEmpty()) {
                problems.add(
                        at,
                        name + " uses {{" + placeholder + "}}, which is not a field of this process, a secret"
                                + " ({{secret:name}}), {{callbackUrl}} or {{caseReference}}");
            }
        }
    }

    private void checkResponse(Step.Api api, DocumentPath path, String name, Problems problems) {
        api.response().forEach((field, jsonPath) -> {
            var at = path.property(field);
            if (definition.field(field).isEmpty()) {
                problems.add(at, name + " puts an answer into field '" + field + "', which does not exist");
            }
            if (isBlank(jsonPath)) {
                problems.add(at, name + " gives no JSONPath for field '" + field + "'");
                return;
            }
            try {
                JsonPath.compile(jsonPath);
            } catch (InvalidPathException | IllegalArgumentException e) {
                problems.add(
                        at, name + " reads field '" + field + "' from '" + jsonPath + "', which is not a JSONPath");
            }
        });
    }

    private void checkCallback(Step.Api api, DocumentPath path, String name, Problems problems) {
        if (api.callsBack() && api.request() != null) {
            var request = api.request();
            var sent = RequestTemplate.placeholders(request.url()).contains(RequestTemplate.CALLBACK_URL)
                    || request.headers().values().stream()
                            .anyMatch(v -> RequestTemplate.placeholders(v).contains(RequestTemplate.CALLBACK_URL))
                    || RequestTemplate.placeholders(request.body()).contains(RequestTemplate.CALLBACK_URL);
            if (!sent) {
                problems.add(
                        path,
                        name + " waits for a callback but never sends {{callbackUrl}}: put it in the URL, a header or"
                                + " the body");
            }
        }
    }
}
