package org.casework.notification;

/** Which provider sends email ({@code smtp} or {@code notify}) and the sender of SMTP email. */
public record EmailChannelView(ChannelSetting provider, ChannelSetting from) {}
