package org.casework.notification.channels;

import java.util.Optional;
import org.casework.notification.Channel;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.springframework.stereotype.Component;

/** Text messages through GOV.UK Notify: the council's one text message template, filled with the message's body. */
@Component
class NotifySms implements Channel {

    private final NotifyApi notify;

    NotifySms(NotifyApi notify) {
        this.notify = notify;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public String provider() {
        return "notify";
    }

    @Override
    public boolean configured() {
        return notify.settings().canSendSms();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        if (!configured()) return new Delivery.Refused("GOV.UK Notify is not set up for text messages", true);
        return notify.send(ChannelKind.SMS, message);
    }

    @Override
    public Optional<Delivery> earlierAttempt(OutgoingMessage message) {
        return configured() ? notify.find(ChannelKind.SMS, message) : Optional.empty();
    }
}
