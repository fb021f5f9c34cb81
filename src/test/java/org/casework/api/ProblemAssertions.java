package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.support.Api;
import tools.jackson.databind.JsonNode;

/** What every API error must look like: an RFC 9457 problem with the expected status. */
final class ProblemAssertions {

    private ProblemAssertions() {}

    /** Asserts the response is an {@code application/problem+json} with this status and returns its body. */
    static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as(response.toString()).isNotBlank();
        return problem;
    }

    /** The problem's {@code errors}, field to reason, in the order given. */
    static Map<String, String> errors(JsonNode problem) {
        var errors = new LinkedHashMap<String, String>();
        problem.path("errors")
                .forEach(e ->
                        errors.put(e.path("field").asString(), e.path("reason").asString()));
        return errors;
    }
}
