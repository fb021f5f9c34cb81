package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.api.BadRequest;
import org.casework.api.FieldError;
import org.casework.definition.Address;
import org.casework.forms.Forms;
import org.casework.identity.CitizenPrincipal;
import org.casework.identity.Citizens;
import org.casework.portal.CitizenDocuments;
import org.casework.portal.RequestProgresses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Making a request through a service's online form in one call: the answers are checked page by page exactly as the
 * form's pages check them, then the form is sent as the signed-in citizen, who is emailed the confirmation.
 */
@RestController
@RequestMapping("/api/v1/citizen/requests")
@Tag(name = "Citizen requests", description = "The signed-in citizen's requests and how each is going")
@SecurityRequirement(name = CitizenSessionsController.CITIZEN_TOKEN)
@PreAuthorize("hasRole('CITIZEN')")
class CitizenFormsController {

    private final Forms forms;
    private final Citizens citizens;
    private final RequestProgresses progresses;
    private final CitizenDocuments documents;

    CitizenFormsController(Forms forms, Citizens citizens, RequestProgresses progresses, CitizenDocuments documents) {
        this.forms = forms;
        this.citizens = citizens;
        this.progresses = progresses;
        this.documents = documents;
    }

    /**
     * The service (a process offered online) and the answers keyed by question, as typed; a document question's
     * answer is the id of a document uploaded with POST /api/v1/citizen/documents.
     */
    record NewRequest(String service, Map<String, Object> answers) {}

    /**
     * An answer as the form would have had it typed: several options a line each, an address (its {@code lines},
     * {@code postcode} and optional {@code uprn}) as the form keeps one, anything else as its text.
     */
    private static String asTyped(Object value) {
        if (value == null) return null;
        if (value instanceof java.util.List<?> options) {
            return Forms.tickedAnswer(options.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?>) {
            return Address.from(value).map(Forms::addressAnswer).orElse(String.valueOf(value));
        }
        return String.valueOf(value);
    }

    @PostMapping
    @Operation(
            summary = "Make a request through a service's online form: 201 with the request as you now see it; 422"
                    + " naming each answer at fault as answers.<question>, or service if it is not offered online")
    ResponseEntity<RequestDetail> make(@RequestBody NewRequest request, @AuthenticationPrincipal CitizenPrincipal me) {
        var service = forms.service(request.service() == null ? "" : request.service())
                .orElseThrow(() -> BadRequest.unprocessable("service", "is not a service offered online"));
        var answers = new LinkedHashMap<String, String>();
        if (request.answers() != null) {
            request.answers().forEach((key, value) -> answers.put(key, asTyped(value)));
        }
        var problems = new ArrayList<FieldError>();
        var asked = new java.util.HashSet<String>();
        service.form().pages().forEach(page -> asked.addAll(page.questions()));
        answers.keySet().stream()
                .filter(key -> !asked.contains(key))
                .forEach(key -> problems.add(new FieldError("answers." + key, "is not a question of this form")));
        for (var page : forms.pages(service, answers)) {
            forms.check(service, page, answers)
                    .problems()
                    .forEach((key, reason) -> problems.add(new FieldError("answers." + key, reason)));
        }
        if (!problems.isEmpty()) throw BadRequest.unprocessable("Some answers are missing or not right", problems);

        var citizen = citizens.find(me.citizen()).orElseThrow();
        var draft = forms.newDraft(service.key(), citizen.id());
        forms.save(draft, answers);
        var sent = forms.submit(service, forms.draft(draft.id()).orElseThrow(), citizen);
        // Sending the form confirmed the request to the citizen, through the outbox, in its own transaction.
        var made = sent.request();
        return ResponseEntity.created(URI.create("/api/v1/citizen/requests/" + made.reference()))
                .body(RequestDetail.from(progresses.of(made), documents.of(made)));
    }
}
