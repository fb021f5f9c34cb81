package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the process graph. A sealed family, one record per kind, so the engine's {@code switch} over it is
 * checked by the compiler when a kind is added. The steps people work on (tasks, approvals, checklists) are
 * {@link Human}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Step.Task.class, name = "task"),
    @JsonSubTypes.Type(value = Step.Automatic.class, name = "automatic"),
    @JsonSubTypes.Type(value = Step.Branch.class, name = "branch"),
    @JsonSubTypes.Type(value = Step.Timer.class, name = "timer"),
    @JsonSubTypes.Type(value = Step.InformationRequest.class, name = "information-request"),
    @JsonSubTypes.Type(value = Step.End.class, name = "end"),
    @JsonSubTypes.Type(value = Step.Api.class, name = "api"),
    @JsonSubTypes.Type(value = Step.Approval.class, name = "approval"),
    @JsonSubTypes.Type(value = Step.Checklist.class, name = "checklist"),
    @JsonSubTypes.Type(value = Step.SubProcess.class, name = "sub-process"),
    @JsonSubTypes.Type(value = Step.ChangeAccess.class, name = "change-access")
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface Step {

    String key();

    /** A display name; the key stands in when the author gave none. */
    String name();

    /** The stage the case is in while at this step; null keeps the current stage. */
    String stage();

    /** The steps this one can lead to, for validation and diagrams. */
    List<String> successors();

    /** Whether the case stops here until something outside the engine happens. */
    default boolean waits() {
        return false;
    }

    /**
     * A step people work on: the case waits while the work module holds a task for it, one task per allocation, due
     * {@code targetWorkingDays} after it was reached (or by the stage's target without one).
     */
    sealed interface Human extends Step {

        /** Who gets a task when the case reaches the step: one task each. */
        List<Allocation> allocations();

        Integer targetWorkingDays();

        @Override
        default boolean waits() {
            return true;
        }
    }

    /**
     * Work for a person or team. {@code fields} are shown to the officer, {@code mandatory} must be filled to
     * complete, and {@code decision} names the choice field whose answer a following branch usually tests.
     */
    record Task(
            String key,
            String name,
            String stage,
            Allocation allocation,
            List<String> fields,
            List<String> mandatory,
            String decision,
            Integer targetWorkingDays,
            String next)
            implements Human {
        public Task {
            fields = fields == null ? List.of() : List.copyOf(fields);
            mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public List<Allocation> allocations() {
            return allocation == null ? List.of() : List.of(allocation);
        }
    }

    /**
     * A decision by one named officer ({@code approver}), any one member of a team ({@code team}) or every officer of
     * a list ({@code approvers}): exactly one of the three. Approval leads to {@code approved}, rejection to {@code
     * rejected}. With a list, each approver gets a task and the step is approved only when all have approved; the
     * first rejection decides it, and the others' tasks are cancelled.
     */
    record Approval(
            String key,
            String name,
            String stage,
            String approver,
            String team,
            List<String> approvers,
            Integer targetWorkingDays,
            String approved,
            String rejected)
            implements Human {
        public Approval {
            approvers = approvers == null ? List.of() : List.copyOf(approvers);
        }

        @Override
        public List<Allocation> allocations() {
            if (approver != null) return List.of(new Allocation.ToUser(approver));
            if (team != null) return List.of(new Allocation.ToTeam(team));
            return approvers.stream().<Allocation>map(Allocation.ToUser::new).toList();
        }

        @Override
        public List<String> successors() {
            var all = new ArrayList<String>();
            if (approved != null) all.add(approved);
            if (rejected != null) all.add(rejected);
            return all;
        }
    }

    /**
     * Items the officer must tick before the step completes, each perhaps needing a document on the case as evidence;
     * the work goes to whoever {@code allocation} says, as a task's does.
     */
    record Checklist(
            String key,
            String name,
            String stage,
            Allocation allocation,
            List<ChecklistItem> items,
            Integer targetWorkingDays,
            String next)
            implements Human {
        public Checklist {
            items = items == null ? List.of() : List.copyOf(items);
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public List<Allocation> allocations() {
            return allocation == null ? List.of() : List.of(allocation);
        }
    }

    /** One thing to tick on a checklist, and whether a document must (or may) back it up. */
    record ChecklistItem(String key, String label, Evidence evidence) {
        public ChecklistItem {
            if (evidence == null) evidence = Evidence.NONE;
        }

        /** The label, or the key when the author gave none. */
        public String shownAs() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    /** Whether a checklist item needs a document on the case as evidence. */
    enum Evidence {
        @JsonProperty("required")
        REQUIRED,
        @JsonProperty("optional")
        OPTIONAL,
        @JsonProperty("none")
        NONE
    }

    /** Completes itself as soon as it is entered, setting the given fields. */
    record Automatic(String key, String name, String stage, Map<String, Object> set, String next) implements Step {
        public Automatic {
            set = set == null ? Map.of() : Map.copyOf(set);
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }
    }

    /** Picks the first route whose condition holds, else {@code otherwise}. Nest by chaining branches. */
    record Branch(String key, String name, String stage, List<Route> routes, String otherwise) implements Step {
        public Branch {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }

        @Override
        public List<String> successors() {
            var all = new ArrayList<String>();
            routes.forEach(r -> all.add(r.next()));
            if (otherwise != null) all.add(otherwise);
            return all;
        }
    }

    /** One way out of a branch. */
    record Route(Condition when, String next) {}

    /**
     * Waits for a fixed duration ({@code after}, ISO-8601 such as {@code PT2H} or {@code P3D}), a number of working
     * days, or until the date held in a field; exactly one of the three.
     */
    record Timer(
            String key, String name, String stage, Duration after, Integer workingDays, String untilField, String next)
            implements Step {
        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public boolean waits() {
            return true;
        }
    }

    /**
     * Asks the citizen for something and waits for the reply: {@code message} is what they read, {@code documents}
     * the document types wanted (such as {@code proof-of-eligibility}), and they have {@code replyWithinWorkingDays}
     * working days to answer. A reply moves the case to {@code next}; no reply by then moves it to {@code overdue}
     * if the step names one, and otherwise it goes on waiting.
     */
    record InformationRequest(
            String key,
            String name,
            String stage,
            String message,
            List<String> documents,
            Integer replyWithinWorkingDays,
            String next,
            String overdue)
            implements Step {
        public InformationRequest {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        @Override
        public List<String> successors() {
            var all = new ArrayList<String>();
            if (next != null) all.add(next);
            if (overdue != null) all.add(overdue);
            return all;
        }

        @Override
        public boolean waits() {
            return true;
        }
    }

    /** Closes the case with an outcome such as {@code resolved} or {@code refused}. */
    record End(String key, String name, String stage, String outcome) implements Step {
        @Override
        public List<String> successors() {
            return List.of();
        }
    }

    /**
     * Calls another system's REST endpoint and waits for its answer. The {@code request}'s URL, headers and body are
     * templates: {@code {{field}}} is a case field, {@code {{secret:name}}} a secret administrators stored, {@code
     * {{callbackUrl}}} the one-time address the other system calls back. {@code response} maps case fields to
     * JSONPaths in the answer's JSON (or the callback's, with {@code waitForCallback}). A call that fails {@code
     * attempts} times, each given {@code timeoutSeconds}, becomes an incident and a task for {@code failureTeam},
     * while the case waits.
     */
    record Api(
            String key,
            String name,
            String stage,
            Request request,
            Map<String, String> response,
            Integer timeoutSeconds,
            Integer attempts,
            String failureTeam,
            Boolean waitForCallback,
            String next)
            implements Step {

        public static final int DEFAULT_TIMEOUT_SECONDS = 10;
        public static final int DEFAULT_ATTEMPTS = 3;

        public Api {
            // Kept in the author's order: the officer entering the answer by hand sees the fields in it.
            response = response == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(response));
        }

        /** The method, URL template, header templates and body template of the call. */
        public record Request(String method, String url, Map<String, String> headers, String body) {
            public Request {
                headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            }
        }

        public int timeoutOrDefault() {
            return timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        }

        /** Whether the case goes on waiting after the call, until the other system calls back. */
        public boolean callsBack() {
            return Boolean.TRUE.equals(waitForCallback);
        }

        public int attemptsOrDefault() {
            return attempts == null ? DEFAULT_ATTEMPTS : attempts;
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public boolean waits() {
            return true;
        }
    }

    /**
     * Starts a case of each listed process at once, copying fields into it. With {@code wait} (the default) the case
     * waits here until every child has ended, then moves to {@code next} with the children's chosen fields and
     * outcomes mapped back; without it the case moves on at once and each child's answers still map back when it
     * ends, if the case is still active.
     */
    record SubProcess(
            String key,
            String name,
            String stage,
            List<ChildProcess> processes,
            @JsonProperty("wait") Boolean waitForChildren,
            String next)
            implements Step {
        public SubProcess {
            processes = processes == null ? List.of() : List.copyOf(processes);
        }

        /** Whether the case waits for its children here; it does unless the author says {@code "wait": false}. */
        public boolean waitsForChildren() {
            return waitForChildren == null || waitForChildren;
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public boolean waits() {
            return waitsForChildren();
        }
    }

    /**
     * One process a sub-process step starts. {@code fields} copies the parent's answers into the child (child field
     * to parent field), {@code returns} copies the child's answers back (parent field to child field), and {@code
     * outcomeField} names the parent field that receives the child's outcome.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ChildProcess(String process, Map<String, String> fields, Map<String, String> returns, String outcomeField) {
        public ChildProcess {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            returns = returns == null ? Map.of() : Map.copyOf(returns);
        }
    }

    /**
     * From here on only members of {@code teams} and holders of {@code roles} (and administrators) may see and work
     * the case. Passes through at once; a later change-access step replaces the list.
     */
    record ChangeAccess(String key, String name, String stage, List<String> teams, List<String> roles, String next)
            implements Step {
        public ChangeAccess {
            teams = teams == null ? List.of() : List.copyOf(teams);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public List<String> successors() {
            return next == null ? List.of() : List.of(next);
        }
    }
}
