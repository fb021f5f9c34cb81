package org.casework.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A case arrived at an information-request step and now waits for the citizen: they are asked {@code message} and
 * for the {@code documents} types listed, and should reply by {@code replyBy}. Published inside the engine's
 * transaction, so whoever records and sends the request does so atomically with the move; the reply completes the
 * step ({@link Cases#completeStep}) and a missed reply-by date is reported with {@link
 * Cases#informationRequestOverdue}, both naming {@code step} and {@code token}.
 */
public record InformationRequestStepReached(
        CaseId caseId,
        String reference,
        String step,
        int token,
        String message,
        List<String> documents,
        LocalDate replyBy) {}
