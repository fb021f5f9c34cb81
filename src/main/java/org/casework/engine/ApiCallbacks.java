package org.casework.engine;

import java.time.Clock;
import org.casework.engine.calls.AnswerMapping;
import org.casework.engine.calls.CallbackRows;
import org.casework.engine.cases.ApiSteps;
import org.casework.platform.Secrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers from other systems to API steps that wait for a callback. The address the step sent holds a one-time token
 * of 256 random bits, which is all the caller needs: whoever has it was given it by the call. Only its hash is kept;
 * once the case has its answer every address for that visit is used up.
 */
@Service
public class ApiCallbacks {

    private final CallbackRows callbacks;
    private final ApiSteps steps;
    private final Clock clock;

    ApiCallbacks(CallbackRows callbacks, ApiSteps steps, Clock clock) {
        this.callbacks = callbacks;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Completes the step with the fields its {@code response} paths find in {@code json}. Refused as not found for an
     * unknown token, as a conflict once used or when the case no longer waits there; a body that is not JSON, or
     * values that do not fit the fields, change nothing, so the other system can send again.
     */
    @Transactional
    public void answer(String token, String json) {
        var callback = callbacks.find(Secrets.sha256(token)).orElseThrow(ApiCallbackRefused::unknown);
        if (callback.usedAt() != null) throw ApiCallbackRefused.used();
        var visit = steps.waitingAt(callback.caseId(), callback.visit()).orElseThrow(ApiCallbackRefused::used);
        java.util.Map<String, Object> fields;
        try {
            fields = AnswerMapping.fields(visit.step(), visit.fields(), json);
        } catch (AnswerMapping.Unreadable e) {
            throw ApiCallbackRefused.unreadable(e.getMessage());
        }
        if (!steps.answered(callback.caseId(), callback.visit(), fields, "api-callback-received", java.util.Map.of())) {
            throw ApiCallbackRefused.used();
        }
        callbacks.useAll(callback.caseId(), callback.visit(), clock.instant());
    }
}
