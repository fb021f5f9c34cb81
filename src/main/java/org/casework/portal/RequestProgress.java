package org.casework.portal;

import java.time.LocalDate;
import java.util.List;
import org.casework.engine.CaseView;

/**
 * A request as its citizen follows it: where it is (the stage, in the words the process gives citizens), what comes
 * next, the target dates, whether it is on track, whether it waits for the citizen to answer an information request,
 * and the timeline they may see, newest first.
 */
public record RequestProgress(
        CaseView request,
        String status,
        CaseView.StageView current,
        CaseView.StageView next,
        LocalDate estimatedCompletion,
        boolean onTrack,
        boolean waitingForYou,
        List<CitizenEvent> timeline) {

    public boolean finished() {
        return !request.status().isActive();
    }
}
