package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written as RFC 9457 problem details, like every other API error. They are written here because security
 * refuses a request before it reaches a controller and its exception advice.
 */
final class ProblemResponses {

    /** The same problem types the API module's errors use, so clients see one vocabulary. */
    private static final String TYPES = "https://casework.org/problems/";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** 401 for a request to the API with no key or a wrong one; the header tells the caller how to authenticate. */
    AuthenticationEntryPoint unauthenticated() {
        return unauthenticated(
                "Send an API key in the header 'Authorization: Bearer <key>'.",
                "The API key is not recognised, or has been revoked.");
    }

    /** 401 for a request to the citizens' API with no citizen token, or one that is wrong, signed out or expired. */
    AuthenticationEntryPoint unauthenticatedCitizen() {
        return unauthenticated(
                "Sign in at /api/v1/citizen/sessions and send the token in the header 'Authorization: Bearer <token>'.",
                "The token is not recognised: it is wrong, signed out, or has expired. Sign in again.");
    }

    private AuthenticationEntryPoint unauthenticated(String whenMissing, String whenWrong) {
        return (request, response, exception) -> {
            var wrongKey = exception instanceof BadCredentialsException;
            // RFC 6750: a bare challenge when no key came, invalid_token when the one that came is no good.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wrongKey ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", wrongKey ? whenWrong : whenMissing);
        };
    }

    /** 403 for a caller whose key lacks the scope, or whose owner lacks the role or permission, an endpoint needs. */
    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "not-allowed",
                "This API key may not do this: it lacks the scope, or its owner the role or permission, it needs.");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(),
                new Problem(TYPES + type, status.getReasonPhrase(), status.value(), detail, request.getRequestURI()));
    }

    record Problem(String type, String title, int status, String detail, String instance) {}
}
