package org.casework.api.citizen;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.portal.RequestProgress;

/** One of the citizen's requests in their list: what it is, where it is, and whether the council waits for them. */
record RequestSummary(
        String reference,
        String service,
        String status,
        String currentStage,
        boolean onTrack,
        boolean waitingForYou,
        LocalDate estimatedCompletion,
        Instant madeAt) {

    static RequestSummary from(RequestProgress progress) {
        var request = progress.request();
        return new RequestSummary(
                request.reference(),
                request.processName(),
                progress.status(),
                progress.current() == null ? null : progress.current().name(),
                progress.onTrack(),
                progress.waitingForYou(),
                progress.estimatedCompletion(),
                request.createdAt());
    }
}
