package org.casework.definition.web;

import java.util.List;
import java.util.function.UnaryOperator;
import org.casework.definition.Definitions;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessNotFound;
import org.casework.definition.ValidationProblem;
import org.casework.identity.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /**
     * Removes a part of the draft (as {@code change} does) and says so on the page it goes back to, {@code back} under
     * the draft's page; or, if someone saved the draft since the page was opened, says that and changes nothing.
     */
    String remove(
            String key,
            MultiValueMap<String, String> sent,
            UnaryOperator<ProcessDefinition> change,
            String removed,
            String back,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            save(key, revision(new FormValues(sent)), change, me.username());
            flash.addFlashAttribute("success", removed);
        } catch (DraftChangedMeanwhile changed) {
            flash.addFlashAttribute("conflict", changed.problems().getFirst().reason());
        }
        return "redirect:" + draftPath(key) + back;
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
