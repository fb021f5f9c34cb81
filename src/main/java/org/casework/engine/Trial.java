package org.casework.engine;

import java.util.List;
import org.casework.definition.AllocationOutcome;

/**
 * The path a case with some sample answers would take through a process, worked out without creating it: each step
 * in order with its stage, the route each branch takes, the team each task goes to, the messages its actions would
 * send, and how it ends ({@code outcome}), or why the trial stopped ({@code stopped}).
 */
public record Trial(
        List<Stop> steps, List<Message> messages, List<String> otherActions, String outcome, String stopped) {

    public Trial {
        steps = List.copyOf(steps);
        messages = List.copyOf(messages);
        otherActions = List.copyOf(otherActions);
    }

    /**
     * A step the case reaches. {@code route} says where a branch went and why; {@code allocation} who a task's work
     * goes to; {@code assumed} what the trial took to happen at a step where a case waits.
     */
    public record Stop(
            String key,
            String name,
            String kind,
            String stage,
            String stageName,
            String route,
            AllocationOutcome allocation,
            String assumed) {}

    /** A notification the case would send: when, which template, to whom. */
    public record Message(String when, String template, String to) {}
}
