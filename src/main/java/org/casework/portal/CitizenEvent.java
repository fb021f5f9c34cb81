package org.casework.portal;

import java.time.Instant;

/**
 * One line of the timeline a citizen sees: what happened, in words for them, never an officer's name or an internal
 * note. {@code from} says who a message is from ("council" or "you"), null for everything else.
 */
public record CitizenEvent(Instant at, String title, String text, String from) {}
