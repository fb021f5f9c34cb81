package org.casework.notification;

/**
 * An outside firm a process's {@code notify} action can tell by key ({@code "to": "contractor"}): emailed if it has
 * an email address, else sent a text.
 */
public record Contractor(String key, String name, String email, String phone) {}
