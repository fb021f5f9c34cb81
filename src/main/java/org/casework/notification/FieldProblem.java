package org.casework.notification;

/**
 * One thing wrong with what an administrator wrote: the field ({@code key}, {@code name}, {@code emailSubject},
 * {@code emailBody}, {@code smsBody}; for a contractor {@code email}, {@code phone}) and why, in words for a GOV.UK
 * error message.
 */
public record FieldProblem(String field, String reason) {}
