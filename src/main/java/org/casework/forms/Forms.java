package org.casework.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.conversation.Uploader;
import org.casework.definition.Address;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.FormPage;
import org.casework.definition.ProcessDefinition;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.CitizenAccount;
import org.casework.portal.CitizenRequests;
import org.casework.portal.Confirmations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The online forms: which services are offered, the pages of a form in order for the answers given so far, checking
 * a page, keeping drafts, and sending a form, which starts the case. Answers are kept as typed (text) until sent; the
 * engine's own validation decides what a valid answer is, so a form accepts exactly what the process does. The
 * options ticked for a {@code choices} question are kept as one text, a line each (see {@link #ticked}).
 */
@Service
public class Forms {

    /** The actor the timeline names for a case a citizen started online. */
    public static final String ONLINE = "citizen-online";

    private final Definitions definitions;
    private final CaseDataValidation validation;
    private final ConditionEvaluator conditions;
    private final FormDrafts drafts;
    private final Cases cases;
    private final CitizenRequests requests;
    private final Confirmations confirmations;
    private final Documents documents;

    Forms(
            Definitions definitions,
            CaseDataValidation validation,
            ConditionEvaluator conditions,
            FormDrafts drafts,
            Cases cases,
            CitizenRequests requests,
            Confirmations confirmations,
            Documents documents) {
        this.documents = documents;
        this.definitions = definitions;
        this.validation = validation;
        this.conditions = conditions;
        this.drafts = drafts;
        this.cases = cases;
        this.requests = requests;
        this.confirmations = confirmations;
    }

    /** The services offered online, by category then name. */
    public List<OfferedService> catalogue() {
        return definitions.list().stream()
                .filter(summary -> summary.latestVersion() != null)
                .map(summary -> service(summary.key()))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing((OfferedService s) -> s.category() == null ? "" : s.category())
                        .thenComparing(OfferedService::name))
                .toList();
    }

    /** The service, if its latest published version offers a form. */
    public Optional<OfferedService> service(String process) {
        try {
            var definition = definitions.latest(process).definition();
            if (definition.form() == null || !definition.form().offered()) return Optional.empty();
            return Optional.of(new OfferedService(
                    definition.key(), definition.name(), definition.description(), definition.category(), definition));
        } catch (org.casework.definition.ProcessNotFound notPublished) {
            return Optional.empty();
        }
    }

    /** The pages the citizen will see given the answers so far: those without a condition, or whose condition holds. */
    public List<FormPage> pages(OfferedService service, Map<String, String> answers) {
        var data = typed(service.definition(), answers);
        return service.form().pages().stream()
                .filter(page ->
                        page.showIf() == null || conditions.test(page.showIf(), data, "page '" + page.key() + "'"))
                .toList();
    }

    public Optional<FormPage> page(OfferedService service, String key) {
        return service.form().pages().stream()
                .filter(page -> page.key().equals(key))
                .findFirst();
    }

    /** The page after {@code current} for these answers; empty when the next thing is checking the answers. */
    public Optional<FormPage> after(OfferedService service, Map<String, String> answers, FormPage current) {
        var pages = pages(service, answers);
        var at = pages.indexOf(current);
        return at >= 0 && at + 1 < pages.size() ? Optional.of(pages.get(at + 1)) : Optional.empty();
    }

    /** The page before {@code current}, for the back link; empty on the first page. */
    public Optional<FormPage> before(OfferedService service, Map<String, String> answers, FormPage current) {
        var pages = pages(service, answers);
        var at = pages.indexOf(current);
        return at > 0 ? Optional.of(pages.get(at - 1)) : Optional.empty();
    }

    /** The first page still needing an answer, or holding one the process would refuse; empty when all is ready. */
    public Optional<FormPage> unfinished(OfferedService service, Map<String, String> answers) {
        return pages(service, answers).stream()
                .filter(page -> !check(service, page, answers).accepted())
                .findFirst();
    }

    /** Checks one page's answers (keyed by field) as the process would, with messages for the citizen. */
    public PageAnswers check(OfferedService service, FormPage page, Map<String, String> posted) {
        var definition = service.definition();
        var typed = new LinkedHashMap<String, String>();
        var problems = new LinkedHashMap<String, String>();
        for (var key : page.questions()) {
            var field = definition.field(key).orElseThrow();
            var value = posted.get(key);
            value = value == null ? null : value.strip();
            typed.put(key, value == null ? "" : value);
            if (value == null || value.isEmpty()) {
                if (field.mandatory()) problems.put(key, missing(field));
                continue;
            }
            var refused = validation.check(List.of(field), Map.of(key, asData(field, value)), List.of());
            if (!refused.isEmpty())
                problems.put(key, label(field) + " " + refused.getFirst().reason());
        }
        return new PageAnswers(typed, problems);
    }

    public FormDraft newDraft(String process, UUID citizen) {
        return drafts.create(process, citizen);
    }

    public Optional<FormDraft> draft(UUID id) {
        return drafts.find(id);
    }

    public Optional<FormDraft> latestDraft(UUID citizen, String process) {
        return drafts.latest(citizen, process);
    }

    /** Adds a page's answers to the draft; false (nothing saved) when the draft changed since it was read. */
    public boolean save(FormDraft draft, Map<String, String> answers) {
        var all = new LinkedHashMap<>(draft.answers());
        all.putAll(answers);
        return drafts.save(draft.id(), all, draft.version());
    }

    /**
     * Sends the form: starts the case with the answers of the pages the citizen saw, records it as the signed-in
     * citizen's, makes its tracking link and its confirmation, and deletes the draft, all in one transaction. Sending the same draft twice
     * (a double click, a retry) returns the case the first send started.
     */
    @Transactional
    public Submitted submit(OfferedService service, FormDraft draft, CitizenAccount citizen) {
        var definition = service.definition();
        var data = new LinkedHashMap<String, Object>();
        for (var page : pages(service, draft.answers())) {
            for (var key : page.questions()) {
                var value = draft.answers().get(key);
                if (value != null && !value.isBlank()) {
                    data.put(key, asData(definition.field(key).orElseThrow(), value.strip()));
                }
            }
        }
        var request = cases.start(
                new StartCase(service.key(), data, requester(definition, data, citizen), ONLINE, "form-" + draft.id()));
        if (citizen != null) requests.record(request.id(), citizen.id());
        var uploaded = new java.util.ArrayList<DocumentId>();
        for (var field : definition.fields()) {
            if (field.type() == FieldType.DOCUMENT && data.get(field.key()) != null) {
                uploaded.add(
                        new DocumentId(UUID.fromString(data.get(field.key()).toString())));
            }
        }
        if (!uploaded.isEmpty()) documents.attach(request.id(), uploaded, owner(draft));
        var link = confirmations.confirm(
                request, service.form() == null ? null : service.form().whatHappensNext());
        drafts.delete(draft.id());
        return new Submitted(request, link);
    }

    /** Who a draft's uploads belong to until the form is sent: its citizen, or the draft itself for someone anonymous. */
    public static Uploader owner(FormDraft draft) {
        return draft.citizen() == null
                ? Uploader.citizen("anonymous:" + draft.id(), "The applicant")
                : Uploader.citizen(draft.citizen().toString(), "The applicant");
    }

    /**
     * Who asked: the signed-in citizen, or what the form's own email, phone and name questions say. (The registry's
     * person records, when they come, will be linked beside this.)
     */
    private static Citizen requester(ProcessDefinition definition, Map<String, Object> data, CitizenAccount citizen) {
        String name = null;
        String email = null;
        String phone = null;
        for (var field : definition.fields()) {
            var value = data.get(field.key());
            if (value == null) continue;
            if (field.type() == FieldType.EMAIL && email == null) email = value.toString();
            if (field.type() == FieldType.PHONE && phone == null) phone = value.toString();
            if (field.type() == FieldType.TEXT && name == null && field.key().endsWith("name")) name = value.toString();
        }
        if (citizen != null) {
            return new Citizen(
                    citizen.fullName(),
                    email == null ? citizen.email() : email,
                    phone == null ? citizen.mobile() : phone);
        }
        return new Citizen(name, email, phone);
    }

    private Map<String, Object> typed(ProcessDefinition definition, Map<String, String> answers) {
        var valid = new LinkedHashMap<String, Object>();
        for (var entry : answers.entrySet()) {
            var field = definition.field(entry.getKey());
            if (field.isEmpty() || entry.getValue() == null || entry.getValue().isBlank()) continue;
            var one = Map.<String, Object>of(
                    entry.getKey(), asData(field.get(), entry.getValue().strip()));
            if (validation.check(List.of(field.get()), one, List.of()).isEmpty()) {
                valid.putAll(validation.normalise(List.of(field.get()), one));
            }
        }
        return valid;
    }

    /** What to say when a question a case needs is left out, in the GOV.UK style ("Enter …", "Select …"). */
    private static String missing(FieldDefinition field) {
        var label = label(field);
        var lower = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        return switch (field.type()) {
            case CHOICE, BOOLEAN -> "Select an answer: " + label;
            case CHOICES -> "Select at least one answer: " + label;
            case DOCUMENT -> "Select a file: " + label;
            case ADDRESS -> "Enter a postcode and select an address, or enter the address: " + label;
            default -> "Enter " + lower.replaceAll("[?]$", "");
        };
    }

    /** The options ticked in a {@code choices} answer as kept in a draft, in the order they were posted. */
    public static List<String> ticked(String answer) {
        if (answer == null) return List.of();
        return answer.lines()
                .map(String::strip)
                .filter(option -> !option.isEmpty())
                .toList();
    }

    /** The options ticked on a {@code choices} question, as the one text a draft keeps. */
    public static String tickedAnswer(List<String> options) {
        return options == null ? null : String.join("\n", options);
    }

    /**
     * A typed answer as the engine reads it: the options ticked as a list, an address as its parts, anything else as
     * the text.
     */
    private static Object asData(FieldDefinition field, String answer) {
        return switch (field.type()) {
            case CHOICES -> ticked(answer);
            case ADDRESS -> answeredAddress(answer).<Object>map(Address::asData).orElse(answer);
            default -> answer;
        };
    }

    /** An address found or typed on an address question, as the one text a draft keeps (its parts as JSON). */
    public static String addressAnswer(Address address) {
        return JsonMapper.shared().writeValueAsString(address.asData());
    }

    /** The address a draft keeps for an address question, if the text is one. */
    public static Optional<Address> answeredAddress(String answer) {
        if (answer == null || answer.isBlank()) return Optional.empty();
        try {
            return Address.from(JsonMapper.shared().readValue(answer, Map.class));
        } catch (JacksonException notAnAddress) {
            return Optional.empty();
        }
    }

    static String label(FieldDefinition field) {
        return field.label() == null ? field.key() : field.label();
    }

    /** Words for the check-your-answers page; several choices' labels a line each. */
    public static String shown(FieldDefinition field, String answer) {
        if (answer == null || answer.isBlank()) return "Not given";
        return switch (field.type()) {
            case CHOICE -> field.optionLabel(answer);
            case CHOICES -> String.join("\n", field.chosenLabels(ticked(answer)));
            case BOOLEAN -> "true".equalsIgnoreCase(answer) ? "Yes" : "No";
            case POSTCODE -> answer.toUpperCase(Locale.ROOT);
            case ADDRESS ->
                answeredAddress(answer)
                        .map(address -> String.join("\n", address.lines()) + "\n" + address.postcode())
                        .orElse(answer);
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(answer)
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
                } catch (java.time.format.DateTimeParseException typedAsIs) {
                    yield answer;
                }
            }
            default -> answer;
        };
    }

    /** Every question of the pages the citizen saw, with the field, for the check-your-answers page. */
    public List<Map.Entry<FormPage, FieldDefinition>> questions(OfferedService service, Map<String, String> answers) {
        var all = new ArrayList<Map.Entry<FormPage, FieldDefinition>>();
        for (var page : pages(service, answers)) {
            for (var key : page.questions()) {
                all.add(Map.entry(page, service.definition().field(key).orElseThrow()));
            }
        }
        return all;
    }
}
