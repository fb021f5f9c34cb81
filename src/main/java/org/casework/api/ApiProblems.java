package org.casework.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.DocumentRefused;
import org.casework.conversation.InformationRequestNotFound;
import org.casework.conversation.InformationRequestRefused;
import org.casework.conversation.MessageRefused;
import org.casework.definition.ConditionFailed;
import org.casework.definition.DefinitionInvalid;
import org.casework.definition.DefinitionUnreadable;
import org.casework.definition.ProcessNotFound;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseNotFound;
import org.casework.engine.IdempotencyKeyReused;
import org.casework.engine.IncidentNotFound;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.ProcessStuck;
import org.casework.engine.UnknownAbandonReason;
import org.casework.identity.CitizenChanged;
import org.casework.identity.CitizenRefused;
import org.casework.identity.UnknownStaff;
import org.casework.notification.ContractorInvalid;
import org.casework.notification.ContractorNotFound;
import org.casework.notification.FieldProblem;
import org.casework.notification.TemplateConflict;
import org.casework.notification.TemplateInvalid;
import org.casework.notification.TemplateNotFound;
import org.casework.platform.Refusal;
import org.casework.registry.GazetteerImportNotFound;
import org.casework.registry.PlaceNotFound;
import org.casework.work.InvalidCursor;
import org.casework.work.InvalidReassignment;
import org.casework.work.NotAllowed;
import org.casework.work.TaskConflict;
import org.casework.work.TaskNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error the API gives, as RFC 9457 problem details: a status, a title, a plain-English detail and, where a
 * field is at fault, {@code errors: [{field, reason}]}. One place, so clients see one shape.
 */
@RestControllerAdvice(basePackages = "org.casework.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private static final String TYPES = "https://casework.org/problems/";

    @ExceptionHandler
    ProblemDetail badRequest(BadRequest e) {
        return problem(
                HttpStatus.valueOf(e.status()),
                e.status() == 400 ? "malformed-request" : "rule-broken",
                e.getMessage(),
                e.errors());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "The request body is not valid JSON for this endpoint",
                List.of(new FieldError("body", rootMessage(e))));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Anything unexpected: a 500 that says so without leaking internals, with an id to find the logged cause.
     * Refusals by security pass through untouched, so its 401 and 403 answers stand.
     */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) throw e;
        var incident = UUID.randomUUID();
        log.error("Unexpected error {} answering an API request", incident, e);
        var problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "unexpected",
                "Something went wrong on our side; nothing was changed. Quote " + incident + " if you report it.",
                List.of());
        problem.setProperty("incident", incident.toString());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadableDefinition(DefinitionUnreadable e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-definition",
                "The process definition cannot be read",
                List.of(new FieldError(e.path(), e.reason())));
    }

    @ExceptionHandler
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "Parameter '" + e.getName() + "' is malformed",
                List.of(new FieldError(e.getName(), "is not a valid " + simpleType(e))));
    }

    @ExceptionHandler
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                e.getMessage(),
                List.of(new FieldError(e.getHeaderName(), "is required")));
    }

    @ExceptionHandler
    ProblemDetail cursor(InvalidCursor e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                e.getMessage(),
                List.of(new FieldError("after", "is not a cursor from a previous page")));
    }

    @ExceptionHandler
    ProblemDetail invalidData(InvalidCaseData e) {
        var errors = e.problems().stream()
                .map(p -> new FieldError("data." + p.field(), p.reason()))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-case-data", e.getMessage(), errors);
    }

    @ExceptionHandler
    ProblemDetail invalidDefinition(DefinitionInvalid e) {
        var errors = e.problems().stream()
                .map(p -> new FieldError(p.path(), p.message()))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-definition", e.getMessage(), errors);
    }

    @ExceptionHandler
    ProblemDetail abandonReason(UnknownAbandonReason e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "rule-broken",
                e.getMessage(),
                List.of(new FieldError("reason", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail idempotencyKey(IdempotencyKeyReused e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                e.getMessage(),
                List.of(new FieldError("Idempotency-Key", "was used for a different request")));
    }

    @ExceptionHandler
    ProblemDetail conditionFailed(ConditionFailed e) {
        return withCondition(conditionProblem(e), e);
    }

    private static ProblemDetail withCondition(ProblemDetail problem, ConditionFailed e) {
        problem.setProperty("condition", e.condition());
        problem.setProperty("where", e.where());
        return problem;
    }

    private ProblemDetail conditionProblem(ConditionFailed e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "condition-failed",
                e.getMessage(),
                e.field() == null ? List.of() : List.of(new FieldError("data." + e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail stuck(ProcessStuck e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "process-stuck", e.getMessage(), List.of());
    }

    /** Too large (413), a type not allowed (415), or otherwise not taken (422); the reason fits a GOV.UK page too. */
    @ExceptionHandler
    ProblemDetail documentRefused(DocumentRefused e) {
        var errors = List.of(new FieldError(e.field(), e.getMessage()));
        return switch (e.kind()) {
            case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", e.getMessage(), errors);
            case WRONG_TYPE ->
                problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", e.getMessage(), errors);
            default -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken", e.getMessage(), errors);
        };
    }

    /** An upload far past the limit is stopped before it is read in full, with the same answer as one just past. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var detail = "The selected file is too large";
        var problem = problem(
                HttpStatus.CONTENT_TOO_LARGE, "file-too-large", detail, List.of(new FieldError("file", detail)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                e.getMessage(),
                List.of(new FieldError(e.getRequestPartName(), "is required")));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail messageRefused(MessageRefused e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "rule-broken",
                e.getMessage(),
                List.of(new FieldError("text", e.getMessage())));
    }

    /** A reply to a request no longer waiting for one is a conflict (409); anything else breaks a rule (422). */
    @ExceptionHandler
    ProblemDetail informationRequestRefused(InformationRequestRefused e) {
        var errors = List.of(new FieldError(e.field(), e.getMessage()));
        return e.field().equals("status")
                ? problem(HttpStatus.CONFLICT, "conflict", e.getMessage(), errors)
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken", e.getMessage(), errors);
    }

    @ExceptionHandler({
        CaseNotFound.class,
        TaskNotFound.class,
        IncidentNotFound.class,
        ProcessNotFound.class,
        InformationRequestNotFound.class,
        TemplateNotFound.class,
        ContractorNotFound.class,
        PlaceNotFound.class,
        GazetteerImportNotFound.class
    })
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), List.of());
    }

    /** Any module's {@link Refusal}: its kind decides the status, its problems become the field errors. */
    @ExceptionHandler
    ProblemDetail refused(Refusal e) {
        var errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), p.reason()))
                .toList();
        return problem(HttpStatus.valueOf(e.kind().status()), e.kind().type(), e.getMessage(), errors);
    }

    @ExceptionHandler
    ProblemDetail invalidTemplate(TemplateInvalid e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-template", e.getMessage(), fieldErrors(e.problems()));
    }

    @ExceptionHandler
    ProblemDetail invalidContractor(ContractorInvalid e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-contractor", e.getMessage(), fieldErrors(e.problems()));
    }

    private static List<FieldError> fieldErrors(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldError(p.field(), p.reason())).toList();
    }

    @ExceptionHandler({CaseConflict.class, TaskConflict.class, TemplateConflict.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler
    ProblemDetail invalidReassignment(InvalidReassignment e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "rule-broken",
                e.getMessage(),
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** A team or officer a process names does not exist (a typo in a published definition, or a removed team). */
    @ExceptionHandler
    ProblemDetail unknownStaff(UnknownStaff e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-staff", e.getMessage(), List.of());
    }

    /** A citizen's details that break a rule, one reason per field, as the portal's pages show them. */
    @ExceptionHandler
    ProblemDetail citizenRefused(CitizenRefused e) {
        var errors = e.problems().entrySet().stream()
                .map(p -> new FieldError(p.getKey(), p.getValue()))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken", e.getMessage(), errors);
    }

    /** The profile changed since the version the caller read. */
    @ExceptionHandler
    ProblemDetail citizenChanged(CitizenChanged e) {
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "The details were changed elsewhere since they were read. Read them again and make the change again",
                List.of(new FieldError("version", "is not the latest: the details were changed since")));
    }

    @ExceptionHandler
    ProblemDetail notAllowed(NotAllowed e) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", e.getMessage(), List.of());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(status.getReasonPhrase());
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return problem;
    }

    private static String simpleType(MethodArgumentTypeMismatchException e) {
        var type = e.getRequiredType();
        if (type == null) return "value";
        return switch (type.getSimpleName()) {
            case "UUID", "CaseId", "TaskId" -> "id (a UUID)";
            case "Instant" -> "date-time (ISO 8601, e.g. 2026-11-23T09:00:00Z)";
            case "int", "Integer" -> "whole number";
            default -> type.getSimpleName();
        };
    }

    /** What the JSON parser found wrong and where, without its internal wording about sources and offsets. */
    private static String rootMessage(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                var where = jackson.getLocation();
                var at = where == null || where.getLineNr() < 1
                        ? ""
                        : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
                return jackson.getOriginalMessage() + at;
            }
        }
        return "cannot be read as JSON";
    }
}
