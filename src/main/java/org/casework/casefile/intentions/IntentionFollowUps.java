package org.casework.casefile.intentions;

import java.util.List;
import org.casework.work.FollowUp;
import org.casework.work.FollowUps;
import org.springframework.stereotype.Component;

/** The case file's open follow-ups, for their owners' My tasks. */
@Component
class IntentionFollowUps implements FollowUps {

    /** More than anyone should owe at once; the page says to look at the case files beyond it. */
    static final int LIMIT = 200;

    private final IntentionRows rows;

    IntentionFollowUps(IntentionRows rows) {
        this.rows = rows;
    }

    @Override
    public List<FollowUp> ownedBy(String username) {
        return rows.openOwnedBy(username, LIMIT).stream()
                .map(intention -> new FollowUp(
                        intention.caseReference(),
                        intention.typeLabel() + ": " + intention.description(),
                        intention.dueOn(),
                        "/cases/" + intention.caseReference() + "/file#intentions"))
                .toList();
    }
}
