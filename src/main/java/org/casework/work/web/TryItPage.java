package org.casework.work.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessDefinition;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.ProcessTrials;
import org.casework.engine.Trial;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Try it" for administrators: sample answers to a process's questions, and the path a case with those answers would
 * take (stages, steps, the route each branch picks, the team each task goes to, the messages sent), worked out by the
 * engine's {@link ProcessTrials} with nothing written. It lives with the staff pages because it needs both the
 * definitions and the engine, which the definition module must not depend on; its address is the designer's.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class TryItPage {

    private final Definitions definitions;
    private final ProcessTrials trials;

    TryItPage(Definitions definitions, ProcessTrials trials) {
        this.definitions = definitions;
        this.trials = trials;
    }

    @GetMapping("/admin/processes/{key}/draft/try")
    ModelAndView form(@PathVariable String key) {
        var draft = draft(key);
        return page(key, draft, CaseForm.blank(draft.fields(), List.of()), null);
    }

    // A POST although nothing is written: the answers may be personal, and do not belong in an address or a log.
    @PostMapping("/admin/processes/{key}/draft/try")
    ModelAndView tryIt(@PathVariable String key, @RequestParam MultiValueMap<String, String> posted) {
        var draft = draft(key);
        var answers = new LinkedMultiValueMap<>(posted);
        var data = CaseForm.data(draft.fields(), answers);
        try {
            var trial = trials.run(draft, data);
            return page(key, draft, CaseForm.filled(draft.fields(), List.of(), answers, Map.of()), trial);
        } catch (InvalidCaseData refused) {
            var errors = CaseForm.errors(draft.fields(), refused.problems());
            var page = page(key, draft, CaseForm.filled(draft.fields(), List.of(), answers, errors), null);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    private ProcessDefinition draft(String key) {
        return definitions
                .draft(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No draft of " + key));
    }

    private static ModelAndView page(String key, ProcessDefinition draft, CaseForm form, Trial trial) {
        return new ModelAndView("work/try-it")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", draft.name() == null || draft.name().isBlank() ? key : draft.name())
                .addObject("form", form)
                .addObject("trial", trial);
    }
}
