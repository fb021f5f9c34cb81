package org.casework.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What publishing asks of an API step: a call it can make, answers it can place, and someone to turn to. */
class ApiStepRulesTests {

    private final DefinitionValidator validator = new DefinitionValidator(feel -> Optional.empty());
    private final ProcessDocuments documents = new ProcessDocuments();
    private final String document = read("/definitions/check-an-account.json");

    @Test
    void aWellFormedApiStepCanBePublished() {
        assertThat(problems(document)).isEmpty();
    }

    @Test
    void theStepIsReadWithItsRequestResponseAndLimits() {
        var step = (Step.Api) documents
                .read(document, DocumentFormat.JSON)
                .step("check-account")
                .orElseThrow();

        assertThat(step.request().method()).isEqualTo("POST");
        assertThat(step.request().headers()).containsEntry("Authorization", "Bearer {{secret:revenues-token}}");
        assertThat(step.response().keySet()).containsExactly("balance", "account-holder");
        assertThat(step.attemptsOrDefault()).isEqualTo(3);
        assertThat(step.callsBack()).isFalse();
        assertThat(step.waits()).isTrue();
        assertThat(step.successors()).containsExactly("decide");
    }

    @Test
    void theMethodMustBeOneAnApiUnderstands() {
        assertThat(problems(document.replace("\"POST\"", "\"FETCH\"")))
                .containsExactly(new ValidationProblem(
                        "$.steps[0].request.method",
                        "API step 'check-account' uses method 'FETCH': use GET, POST, PUT, PATCH or DELETE"));
    }

    @Test
    void theAddressMustBeHttpWithItsHostWrittenOut() {
        assertThat(paths(document.replace("https://revenues.example/", "{{account-number}}/")))
                .containsExactly("$.steps[0].request.url");
        assertThat(paths(document.replace("https://revenues.example/", "ftp://revenues.example/")))
                .containsExactly("$.steps[0].request.url");
    }

    @Test
    void placeholdersNameTheProcesssFieldsStoredSecretsOrTheCallback() {
        assertThat(problems(document.replace("{{account-number}}\\\",", "{{account-no}}\\\",")))
                .extracting(ValidationProblem::message)
                .containsExactly("API step 'check-account' uses {{account-no}}, which is not a field of this process,"
                        + " a secret ({{secret:name}}), {{callbackUrl}} or {{caseReference}}");
        assertThat(paths(document.replace("{{secret:revenues-token}}", "{{secret:Revenues Token}}")))
                .containsExactly("$.steps[0].request.headers.Authorization");
        assertThat(problems(document.replace("{{caseReference}}", "{{callbackUrl}}")))
                .extracting(ValidationProblem::message)
                .containsExactly("API step 'check-account' sends {{callbackUrl}} but does not wait for a callback:"
                        + " set 'waitForCallback'");
    }

    @Test
    void aStepWaitingForACallbackMustSendItsAddress() {
        var waiting = document.replace("\"attempts\": 3,", "\"attempts\": 3, \"waitForCallback\": true,");
        assertThat(problems(waiting))
                .containsExactly(new ValidationProblem(
                        "$.steps[0].waitForCallback",
                        "API step 'check-account' waits for a callback but never sends {{callbackUrl}}: put it in the"
                                + " URL, a header or the body"));
        assertThat(problems(waiting.replace("{{caseReference}}", "{{callbackUrl}}")))
                .isEmpty();
    }

    @Test
    void answersGoIntoFieldsThatExistByJsonPathsThatCompile() {
        var wrong = document.replace("\"balance\": \"$.balance\"", "\"owed\": \"$.balance\"")
                .replace("\"$.holder.name\"", "\"$.holder['name\"");
        assertThat(problems(wrong))
                .containsExactly(
                        new ValidationProblem(
                                "$.steps[0].response.owed",
                                "API step 'check-account' puts an answer into field 'owed', which does not exist"),
                        new ValidationProblem(
                                "$.steps[0].response['account-holder']",
                                "API step 'check-account' reads field 'account-holder' from '$.holder['name', which is not"
                                        + " a JSONPath"));
    }

    @Test
    void aFailureTeamAndSensibleLimitsAreNeeded() {
        var wrong = document.replace("\"failureTeam\": \"revenues\",", "")
                .replace("\"attempts\": 3", "\"attempts\": 0")
                .replace("\"timeoutSeconds\": 10", "\"timeoutSeconds\": 600");
        assertThat(paths(wrong))
                .containsExactly("$.steps[0].timeoutSeconds", "$.steps[0].attempts", "$.steps[0].failureTeam");
    }

    @Test
    void aGetSendsNoBodyAndTheNextStepMustExist() {
        var wrong = document.replace("\"POST\"", "\"GET\"").replace("\"next\": \"decide\"", "\"next\": \"decided\"");
        assertThat(paths(wrong)).contains("$.steps[0].request.body", "$.steps[0].next");
    }

    private List<ValidationProblem> problems(String json) {
        return validator.validate(documents.read(json, DocumentFormat.JSON));
    }

    private List<String> paths(String json) {
        return problems(json).stream().map(ValidationProblem::path).toList();
    }

    private static String read(String resource) {
        try (var in = ApiStepRulesTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
