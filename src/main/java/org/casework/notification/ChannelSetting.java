package org.casework.notification;

/**
 * One channel setting as administrators see it. {@code value} is what is in use, and always null for a secret (an API
 * key, a token), which is never shown back: {@code set} says whether there is one. A setting the environment supplies
 * ({@code fromEnvironment}) wins over a stored one and cannot be changed from Casework.
 */
public record ChannelSetting(String value, boolean set, boolean fromEnvironment) {}
