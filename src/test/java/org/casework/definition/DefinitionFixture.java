package org.casework.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds definitions for tests by starting from the W1 "report-a-problem" process and changing one thing. */
final class DefinitionFixture {

    static final String REPORT_A_PROBLEM = "/demo/processes/report-a-problem.json";

    private String key;
    private String name;
    private final String description;
    private final String category;
    private String lgslCode;
    private String department;
    private String referencePrefix;
    private final List<FieldDefinition> fields;
    private final List<StageDefinition> stages;
    private String start;
    private final List<Step> steps;
    private final List<Action> actions;
    private Sla sla;
    private Integer retentionDays;
    private OnlineForm form;

    private DefinitionFixture(ProcessDefinition from) {
        key = from.key();
        name = from.name();
        description = from.description();
        category = from.category();
        lgslCode = from.lgslCode();
        department = from.department();
        referencePrefix = from.referencePrefix();
        fields = new ArrayList<>(from.fields());
        stages = new ArrayList<>(from.stages());
        start = from.start();
        steps = new ArrayList<>(from.steps());
        actions = new ArrayList<>(from.actions());
        sla = from.sla();
        retentionDays = from.retentionDays();
        form = from.form();
    }

    static String reportAProblemJson() {
        try (var in = DefinitionFixture.class.getResourceAsStream(REPORT_A_PROBLEM)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProcessDefinition reportAProblemDefinition() {
        return new ProcessDocuments().read(reportAProblemJson(), DocumentFormat.JSON);
    }

    static DefinitionFixture reportAProblem() {
        return new DefinitionFixture(reportAProblemDefinition());
    }

    DefinitionFixture key(String key) {
        this.key = key;
        return this;
    }

    DefinitionFixture name(String name) {
        this.name = name;
        return this;
    }

    DefinitionFixture lgslCode(String lgslCode) {
        this.lgslCode = lgslCode;
        return this;
    }

    DefinitionFixture department(String department) {
        this.department = department;
        return this;
    }

    DefinitionFixture referencePrefix(String referencePrefix) {
        this.referencePrefix = referencePrefix;
        return this;
    }

    DefinitionFixture sla(int targetWorkingDays) {
        this.sla = new Sla(targetWorkingDays);
        return this;
    }

    DefinitionFixture form(OnlineForm form) {
        this.form = form;
        return this;
    }

    DefinitionFixture sla(Sla sla) {
        this.sla = sla;
        return this;
    }

    DefinitionFixture retentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
        return this;
    }

    DefinitionFixture start(String start) {
        this.start = start;
        return this;
    }

    DefinitionFixture field(FieldDefinition field) {
        fields.add(field);
        return this;
    }

    DefinitionFixture field(String key, UnaryOperator<FieldDefinition> change) {
        fields.replaceAll(f -> f.key().equals(key) ? change.apply(f) : f);
        return this;
    }

    DefinitionFixture stage(StageDefinition stage) {
        stages.add(stage);
        return this;
    }

    DefinitionFixture stage(String key, UnaryOperator<StageDefinition> change) {
        stages.replaceAll(s -> s.key().equals(key) ? change.apply(s) : s);
        return this;
    }

    /** Adds a step at the end. */
    DefinitionFixture step(Step step) {
        steps.add(step);
        return this;
    }

    /** Replaces the step with this key in place, keeping its position (and so its path). */
    @SuppressWarnings("unchecked")
    <S extends Step> DefinitionFixture step(String key, UnaryOperator<S> change) {
        steps.replaceAll(s -> key.equals(s.key()) ? change.apply((S) s) : s);
        return this;
    }

    DefinitionFixture withoutStep(String key) {
        steps.removeIf(s -> key.equals(s.key()));
        return this;
    }

    DefinitionFixture action(Action action) {
        actions.add(action);
        return this;
    }

    ProcessDefinition build() {
        return new ProcessDefinition(
                key,
                name,
                description,
                category,
                lgslCode,
                department,
                referencePrefix,
                fields,
                stages,
                start,
                steps,
                actions,
                sla,
                retentionDays,
                form);
    }

    // Copies of the model records with one part changed, so a test says only what it changes.

    static Step.Task task(String key, Allocation allocation, String next) {
        return new Step.Task(key, null, null, allocation, null, null, null, null, next);
    }

    static Step.Task withAllocation(Step.Task t, Allocation allocation) {
        return new Step.Task(
                t.key(),
                t.name(),
                t.stage(),
                allocation,
                t.fields(),
                t.mandatory(),
                t.decision(),
                t.targetWorkingDays(),
                t.next());
    }

    static Step.Task withFields(Step.Task t, List<String> fields, List<String> mandatory, String decision) {
        return new Step.Task(
                t.key(),
                t.name(),
                t.stage(),
                t.allocation(),
                fields,
                mandatory,
                decision,
                t.targetWorkingDays(),
                t.next());
    }

    static Step.Task withNext(Step.Task t, String next) {
        return new Step.Task(
                t.key(),
                t.name(),
                t.stage(),
                t.allocation(),
                t.fields(),
                t.mandatory(),
                t.decision(),
                t.targetWorkingDays(),
                next);
    }

    static Step.Task withStage(Step.Task t, String stage) {
        return new Step.Task(
                t.key(),
                t.name(),
                stage,
                t.allocation(),
                t.fields(),
                t.mandatory(),
                t.decision(),
                t.targetWorkingDays(),
                t.next());
    }

    static Step.Task withTarget(Step.Task t, Integer targetWorkingDays) {
        return new Step.Task(
                t.key(),
                t.name(),
                t.stage(),
                t.allocation(),
                t.fields(),
                t.mandatory(),
                t.decision(),
                targetWorkingDays,
                t.next());
    }

    static Step.Branch withRoutes(Step.Branch b, List<Step.Route> routes, String otherwise) {
        return new Step.Branch(b.key(), b.name(), b.stage(), routes, otherwise);
    }

    static Step.Branch withCondition(Step.Branch b, Condition when) {
        return new Step.Branch(
                b.key(),
                b.name(),
                b.stage(),
                List.of(new Step.Route(when, b.routes().getFirst().next())),
                b.otherwise());
    }

    static Step.Automatic withNext(Step.Automatic a, String next) {
        return new Step.Automatic(a.key(), a.name(), a.stage(), a.set(), next);
    }

    static Step.Timer timer(String key, java.time.Duration after, Integer workingDays, String untilField) {
        return new Step.Timer(key, null, null, after, workingDays, untilField, "closed");
    }

    /** An information request after which the case closes, by reply or not. */
    static Step.InformationRequest informationRequest(String key, String message, Integer replyWithinWorkingDays) {
        return new Step.InformationRequest(
                key, null, null, message, List.of("photo"), replyWithinWorkingDays, "closed", null);
    }

    static Step.InformationRequest withOverdue(Step.InformationRequest r, String next, String overdue) {
        return new Step.InformationRequest(
                r.key(), r.name(), r.stage(), r.message(), r.documents(), r.replyWithinWorkingDays(), next, overdue);
    }

    static Step.InformationRequest withDocuments(Step.InformationRequest r, List<String> documents) {
        return new Step.InformationRequest(
                r.key(),
                r.name(),
                r.stage(),
                r.message(),
                documents,
                r.replyWithinWorkingDays(),
                r.next(),
                r.overdue());
    }

    static FieldDefinition field(String key, FieldType type, String... options) {
        return new FieldDefinition(key, key, type, false, List.of(options), null);
    }
}
