package org.casework.notification;

/** Changes to the email channel's stored settings; null and empty text mean what they do in {@link NotifyChanges}. */
public record EmailChanges(String provider, String from) {}
