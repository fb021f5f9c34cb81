package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of the process graph. A sealed family, one record per kind, so the engine's {@code switch} over it is
 * checked by the compiler when a kind is added.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Step.Task.class, name = "task"),
    @JsonSubTypes.Type(value = Step.Automatic.class, name = "automatic"),
    @JsonSubTypes.Type(value = Step.Branch.class, name = "branch"),
    @JsonSubTypes.Type(value = Step.Timer.class, name = "timer"),
    @JsonSubTypes.Type(value = Step.InformationRequest.class, name = "information-request"),
    @JsonSubTypes.Type(value = Step.End.class, name = "end"),
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
            implements Step {
        public Task {
            fields = fields == null ? List.of() : List.copyOf(fields);
            mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
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
