package org.casework.forms.web;

import java.util.List;
import java.util.Map;
import org.casework.forms.Forms;
import org.casework.forms.OfferedService;

/** A row of the check-your-answers list: the question, the answer in words, and the page to change it on. */
record CheckedAnswer(String question, String answer, String changeUrl, String changeId) {

    /** The answer's lines: one, or a line for each of several choices. */
    public List<String> lines() {
        return answer.lines().toList();
    }

    static List<CheckedAnswer> of(Forms forms, OfferedService service, Map<String, String> answers) {
        return forms.questions(service, answers).stream()
                .map(entry -> new CheckedAnswer(
                        entry.getValue().label() == null
                                ? entry.getValue().key()
                                : entry.getValue().label(),
                        Forms.shown(
                                entry.getValue(), answers.get(entry.getValue().key())),
                        "/portal/services/" + service.key() + "/pages/"
                                + entry.getKey().key(),
                        "change-" + entry.getValue().key()))
                .toList();
    }
}
