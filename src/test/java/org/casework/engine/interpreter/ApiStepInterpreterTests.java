package org.casework.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.engine.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** A case reaching an API step waits for the call; the answer completes the step like any other. */
class ApiStepInterpreterTests {

    static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    final Interpreter interpreter = new Interpreter(new ConditionEvaluator(), WorkingCalendar.englandAndWales());
    final ProcessDefinition process = load();

    @Test
    void aCaseReachingAnApiStepWaitsThereAndAsksForTheCallOnce() {
        var advance = interpreter.start(process, Map.of("account-number", "A123"), "hal", NOW);

        assertThat(advance.position().step()).isEqualTo("check-account");
        assertThat(advance.position().stage()).isEqualTo("assess");
        assertThat(advance.effects())
                .filteredOn(e -> e instanceof Effect.ApiCallNeeded)
                .singleElement()
                .isEqualTo(new Effect.ApiCallNeeded(
                        (org.casework.definition.Step.Api)
                                process.step("check-account").orElseThrow(),
                        advance.position().token()));
        assertThat(advance.effects()).noneMatch(e -> e instanceof Effect.TaskNeeded);
    }

    @Test
    void theAnswerCompletesTheStepWithItsFieldsAndTheCaseMovesOn() {
        var waiting = interpreter.start(process, Map.of("account-number", "A123"), "hal", NOW);

        var answered = interpreter.complete(
                process, waiting.position(), Map.of("balance", 42L, "account-holder", "Sam Sample"), "system", NOW);

        assertThat(answered.position().step()).isEqualTo("decide");
        assertThat(answered.position().data())
                .containsEntry("balance", 42L)
                .containsEntry("account-holder", "Sam Sample")
                .containsEntry("account-number", "A123");
        assertThat(answered.effects())
                .contains(new Effect.StepCompleted("check-account", "system", Map.of()))
                .anyMatch(e -> e instanceof Effect.TaskNeeded);
    }

    private static ProcessDefinition load() {
        try (var in = ApiStepInterpreterTests.class.getResourceAsStream("/definitions/check-an-account.json")) {
            return new ProcessDocuments()
                    .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
