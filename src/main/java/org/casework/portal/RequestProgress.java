package org.casework.portal;

import java.time.LocalDate;
import java.util.List;
import org.casework.conversation.InformationRequest;
import org.casework.engine.CaseView;

/**
 * A request as its citizen follows it: where it is (the stage, in the words the process gives citizens), what comes
 * next, the target dates, whether it is on track, the information requests still waiting for the citizen's answer,
 * and the timeline they may see, newest first (empty in a {@linkplain RequestProgresses#summary summary}).
 */
public record RequestProgress(
        CaseView request,
        String status,
        CaseView.StageView current,
        CaseView.StageView next,
        LocalDate estimatedCompletion,
        boolean onTrack,
        List<InformationRequest> asked,
        List<CitizenEvent> timeline) {

    public boolean finished() {
        return !request.status().isActive();
    }

    /** Whether the council waits for the citizen to answer one of the {@code asked} information requests. */
    public boolean waitingForYou() {
        return !finished() && !asked.isEmpty();
    }
}
