package org.casework.definition;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * Someone else saved the draft after the editor opened it: saving would undo their change, so nothing was saved. The
 * editor's own change is still theirs to look at and send again.
 */
public class DraftChangedMeanwhile extends Refusal {

    private final DraftView current;

    public DraftChangedMeanwhile(DraftView current) {
        super(
                Kind.CONFLICT,
                "Someone else changed this draft while you were editing it",
                List.of(new Problem(
                        "revision",
                        (current.updatedBy() == null ? "Someone else" : current.updatedBy())
                                + " changed this draft while you were editing it. Nothing of yours was saved: check"
                                + " your change against theirs and save again")));
        this.current = current;
    }

    /** The draft as it is now, with the other person's change. */
    public DraftView current() {
        return current;
    }
}
