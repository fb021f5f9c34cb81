package org.casework.api;

import java.util.Map;
import org.casework.support.TestCouncil;

/**
 * Process documents with the human step kinds, for one test council: a grant application an officer prepares, then
 * an approval (by one officer, any one of a team, or all of a list) sends to an award or a refusal; and an application
 * whose evidence an officer checks off on a checklist. Both have stages, so sending work back can be seen to keep
 * their target dates.
 */
final class HumanStepProcesses {

    private HumanStepProcesses() {}

    /**
     * The grant process with the approval's {@code who} (such as {@code "approver": "sam-1a2b"}) and a notify action
     * telling the requester of either decision with {@code template}; returns its key.
     */
    static String grant(TestCouncil council, TestCouncil.Officer admin, String who, String template) {
        var key = council.named("grant");
        var document = """
                {
                  "key": "%s",
                  "name": "Small community grant",
                  "fields": [{"key": "summary", "label": "What is the grant for?", "type": "text"}],
                  "stages": [
                    {"key": "assess", "name": "Assessing", "targetWorkingDays": 5},
                    {"key": "decide", "name": "Deciding", "targetWorkingDays": 3}
                  ],
                  "start": "prepare",
                  "steps": [
                    {"kind": "task", "key": "prepare", "name": "Prepare the recommendation", "stage": "assess",
                     "allocation": {"team": "%s"}, "targetWorkingDays": 2, "next": "manager-approval"},
                    {"kind": "approval", "key": "manager-approval", "name": "Manager approves the award",
                     "stage": "decide", %s, "targetWorkingDays": 2, "approved": "award", "rejected": "refuse"},
                    {"kind": "end", "key": "award", "name": "Awarded", "outcome": "awarded"},
                    {"kind": "end", "key": "refuse", "name": "Refused", "outcome": "refused"}
                  ],
                  "actions": [
                    {"kind": "notify", "on": "approval-approved", "target": "manager-approval",
                     "template": "%s", "to": "requester"},
                    {"kind": "notify", "on": "approval-rejected", "target": "manager-approval",
                     "template": "%s", "to": "requester"}
                  ]
                }
                """.formatted(key, council.named("grants"), who, template, template);
        return council.publishMakingTemplates(admin.api(), document, key);
    }

    /** The evidence-checking process: a checklist of two items, one needing a document, then an officer decides. */
    static String evidenceCheck(TestCouncil council, TestCouncil.Officer admin) {
        var key = council.named("evidence-check");
        var document = """
                {
                  "key": "%s",
                  "name": "Blue badge application",
                  "fields": [{"key": "summary", "label": "Who is it for?", "type": "text"}],
                  "start": "verify-evidence",
                  "steps": [
                    {"kind": "checklist", "key": "verify-evidence", "name": "Check the evidence",
                     "allocation": {"team": "%s"},
                     "items": [
                       {"key": "id-seen", "label": "Proof of identity seen", "evidence": "required"},
                       {"key": "address-checked", "label": "Address checked against the register"}
                     ],
                     "targetWorkingDays": 3, "next": "decide"},
                    {"kind": "task", "key": "decide", "name": "Decide", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Decided", "outcome": "decided"}
                  ]
                }
                """.formatted(key, council.named("badges"), council.named("badges"));
        return council.publish(admin.api(), document, key);
    }

    static Map<String, Object> comment(String text) {
        return Map.of("comment", text);
    }
}
