package org.casework.notification.channels;

import java.util.Optional;
import org.casework.notification.Channel;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.springframework.stereotype.Component;

/** Email through GOV.UK Notify: the council's one email template, filled with the message's subject and body. */
@Component
class NotifyEmail implements Channel {

    private final NotifyApi notify;

    NotifyEmail(NotifyApi notify) {
        this.notify = notify;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public String provider() {
        return "notify";
    }

    @Override
    public boolean configured() {
        return notify.settings().canSendEmail();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        if (!configured()) return new Delivery.Refused("GOV.UK Notify is not set up for email", true);
        return notify.send(ChannelKind.EMAIL, message);
    }

    @Override
    public Optional<Delivery> earlierAttempt(OutgoingMessage message) {
        return configured() ? notify.find(ChannelKind.EMAIL, message) : Optional.empty();
    }
}
