package org.casework.definition.web;

import java.util.List;
import java.util.function.UnaryOperator;
import org.casework.definition.Definitions;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessNotFound;
import org.casework.definition.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * How every designer page changes a draft: open it, change one part of it as it is now, and save it only if nobody
 * saved it since the page was opened at {@code revision}.
 */
@Component
class DraftEditing {

    static final String BASE = "/admin/processes";

    private final Definitions definitions;

    DraftEditing(Definitions definitions) {
        this.definitions = definitions;
    }

    DraftView open(String key) {
        return definitions.draftView(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
    }

    List<ValidationProblem> problems(ProcessDefinition definition) {
        return definitions.validate(definition);
    }

    /** Saves the change; {@link DraftChangedMeanwhile} when the draft moved on from {@code revision}. */
    DraftView save(String key, int revision, UnaryOperator<ProcessDefinition> change, String by) {
        var current = open(key);
        if (current.revision() != revision) throw new DraftChangedMeanwhile(current);
        return definitions.saveDraft(change.apply(current.definition()), by, revision);
    }

    static int revision(FormValues form) {
        var sent = form.text("revision");
        try {
            return sent == null ? -1 : Integer.parseInt(sent);
        } catch (NumberFormatException tampered) {
            return -1;
        }
    }

    static String draftPath(String key) {
        return BASE + "/" + key + "/draft";
    }
}
