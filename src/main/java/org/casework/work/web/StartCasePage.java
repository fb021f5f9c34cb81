package org.casework.work.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessNotFound;
import org.casework.definition.ProcessSummary;
import org.casework.definition.Step;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.IdempotencyKeyReused;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.StartCase;
import org.casework.identity.StaffPrincipal;
import org.casework.portal.Confirmations;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a case for a citizen who telephoned or came to the counter: choose a published process, fill in what it
 * asks when a case starts and who is asking, and start it. With JavaScript, choosing the process loads its questions
 * in place; without, "Continue" does. A hidden key made when the form is drawn means a double submit starts one case.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StartCasePage {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Definitions definitions;
    private final Cases cases;
    private final CaseDataValidation validation;
    private final Confirmations confirmations;

    StartCasePage(Definitions definitions, Cases cases, CaseDataValidation validation, Confirmations confirmations) {
        this.confirmations = confirmations;
        this.definitions = definitions;
        this.cases = cases;
        this.validation = validation;
    }

    /** The questions of the chosen process, with what was typed and why it was refused. */
    record Details(
            String process,
            String processName,
            String idempotencyKey,
            CaseForm form,
            Map<String, String> citizen,
            Map<String, String> citizenErrors,
            List<CaseForm.Problem> problems) {}

    @GetMapping("/cases/new")
    ModelAndView choose(
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String choose,
            StaffPrincipal me,
            HttpServletRequest request,
            HttpServletResponse response) {
        var part = Htmx.wantsPart(request, response);
        Details details = null;
        String problem = null;
        if (process != null && !process.isBlank()) {
            try {
                details = blank(definitions.latest(process).definition());
            } catch (ProcessNotFound notPublished) {
                problem = "Select a service from the list";
            }
        } else if (choose != null) {
            problem = "Select the service the case is for";
        }
        if (part) return new ModelAndView("work/start-case :: details").addObject("details", details);
        var page = page(details).addObject("choiceProblem", problem);
        if (problem != null) page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @PostMapping("/cases/new")
    ModelAndView start(
            @RequestParam MultiValueMap<String, String> posted, StaffPrincipal me, RedirectAttributes flash) {
        var process = Objects.requireNonNullElse(posted.getFirst("process"), "");
        ProcessDefinition definition;
        try {
            definition = definitions.latest(process).definition();
        } catch (ProcessNotFound notPublished) {
            flash.addFlashAttribute("failure", "That service can no longer be started; choose another");
            return new ModelAndView("redirect:/cases/new");
        }
        var fields = intakeFields(definition);
        var data = CaseForm.data(fields, posted);
        var citizen = new Citizen(
                posted.getFirst("citizen-name"), posted.getFirst("citizen-email"), posted.getFirst("citizen-phone"));
        var citizenErrors = citizenErrors(citizen);
        var key = idempotencyKey(posted.getFirst("idempotencyKey"));
        try {
            if (citizenErrors.isEmpty()) {
                var started = cases.start(new StartCase(process, data, citizen, me.username(), key));
                // Committed: the citizen's confirmation email carries a link that works.
                var link = confirmations.confirm(started);
                flash.addFlashAttribute(
                        "success",
                        "Case " + started.reference() + " started. "
                                + (citizen.email() == null
                                        ? "Give the citizen the reference and this link to follow it: "
                                        : "A confirmation with this link to follow it has gone to " + citizen.email()
                                                + ": ")
                                + link.url());
                return new ModelAndView("redirect:/cases/" + started.reference());
            }
            // Nothing is started with citizen details the case cannot keep, but the officer hears about every
            // problem at once: the engine's own checks on the data, run without starting anything.
            var problems = validation.check(definition.fields(), data, mandatory(definition));
            return refused(definition, fields, posted, CaseForm.errors(fields, problems), citizenErrors, key);
        } catch (InvalidCaseData invalid) {
            return refused(definition, fields, posted, CaseForm.errors(fields, invalid.problems()), citizenErrors, key);
        } catch (IdempotencyKeyReused formSentBefore) {
            // The form started a case, then came back (the browser's Back button) with changes: a new form key makes
            // the next submit a new request, after the officer has looked again.
            var page = refused(
                    definition,
                    fields,
                    posted,
                    Map.of(),
                    Map.of(),
                    UUID.randomUUID().toString());
            page.addObject(
                    "failure",
                    "This form has already started a case. Check the details, then start the case again if it is a"
                            + " new one.");
            return page;
        }
    }

    private ModelAndView refused(
            ProcessDefinition definition,
            List<FieldDefinition> fields,
            MultiValueMap<String, String> posted,
            Map<String, String> dataErrors,
            Map<String, String> citizenErrors,
            String key) {
        var form = CaseForm.filled(fields, mandatory(definition), posted, dataErrors);
        var problems = new ArrayList<>(form.problems());
        citizenErrors.forEach((field, message) -> problems.add(new CaseForm.Problem("#" + field, message)));
        var citizen = new LinkedHashMap<String, String>();
        for (var part : List.of("citizen-name", "citizen-email", "citizen-phone"))
            citizen.put(part, posted.getFirst(part));
        var details = new Details(
                definition.key(),
                definition.name(),
                key == null ? UUID.randomUUID().toString() : key,
                form,
                citizen,
                citizenErrors,
                List.copyOf(problems));
        var page = page(details);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(Details details) {
        return new ModelAndView("work/start-case")
                .addObject("section", "start")
                .addObject("processes", publishedProcesses())
                .addObject("details", details);
    }

    private static Details blank(ProcessDefinition definition) {
        return new Details(
                definition.key(),
                definition.name(),
                UUID.randomUUID().toString(),
                CaseForm.blank(intakeFields(definition), mandatory(definition)),
                Map.of(),
                Map.of(),
                List.of());
    }

    /** The processes a case can be started on (those with a published version), by name. */
    private List<ProcessSummary> publishedProcesses() {
        return definitions.list().stream()
                .filter(summary -> summary.latestVersion() != null && summary.latestVersion() > 0)
                .sorted(Comparator.comparing((ProcessSummary summary) -> summary.name() == null
                                ? summary.key()
                                : summary.name().toLowerCase(Locale.UK))
                        .thenComparing(ProcessSummary::key))
                .toList();
    }

    /**
     * What a process asks when a case starts: its mandatory fields, and the others no later step fills (a task's
     * questions and an automatic step's settings belong to the work, not the intake). Documents wait for uploads.
     */
    static List<FieldDefinition> intakeFields(ProcessDefinition definition) {
        var filledLater = new HashSet<String>();
        for (var step : definition.steps()) {
            if (step instanceof Step.Task task) filledLater.addAll(task.fields());
            if (step instanceof Step.Automatic automatic)
                filledLater.addAll(automatic.set().keySet());
        }
        return definition.fields().stream()
                .filter(field ->
                        field.mandatory() || (!filledLater.contains(field.key()) && field.type() != FieldType.DOCUMENT))
                .toList();
    }

    private static List<String> mandatory(ProcessDefinition definition) {
        return definition.fields().stream()
                .filter(FieldDefinition::mandatory)
                .map(FieldDefinition::key)
                .toList();
    }

    /** The citizen's details must fit what a case keeps, as the API requires too; each part is optional. */
    private static Map<String, String> citizenErrors(Citizen citizen) {
        var errors = new LinkedHashMap<String, String>();
        if (citizen.name() != null && citizen.name().length() > 200) {
            errors.put("citizen-name", "Name must be 200 characters or fewer");
        }
        if (citizen.email() != null
                && (citizen.email().length() > 320
                        || !EMAIL.matcher(citizen.email()).matches())) {
            errors.put("citizen-email", "Enter an email address in the correct format, like name@example.com");
        }
        if (citizen.phone() != null && citizen.phone().length() > 40) {
            errors.put("citizen-phone", "Phone number must be 40 characters or fewer");
        }
        return errors;
    }

    /** The key drawn into the form; without one (or with one too long to keep) a double submit is not caught. */
    private static String idempotencyKey(String posted) {
        if (posted == null || posted.isBlank() || posted.length() > 200) return null;
        return posted;
    }
}
