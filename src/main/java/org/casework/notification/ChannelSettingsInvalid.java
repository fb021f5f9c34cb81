package org.casework.notification;

import java.util.List;

/** Channel settings that were not saved, with every setting at fault and why, in words for the person who typed it. */
public class ChannelSettingsInvalid extends RuntimeException {

    /** {@code field} is the setting's name as the API and the pages use it ({@code apiKey}, {@code from}). */
    public record Problem(String field, String reason) {}

    private final List<Problem> problems;

    public ChannelSettingsInvalid(List<Problem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
