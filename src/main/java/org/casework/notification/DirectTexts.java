package org.casework.notification;

import java.util.UUID;
import java.util.concurrent.Executor;
import org.casework.platform.TextMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Texts handed straight to the text message channel, bypassing the outbox so the message (a sign-in code) is never
 * stored. A refusal, or no channel, runs the caller's alternative.
 */
@Component
class DirectTexts implements TextMessages {

    private static final Logger log = LoggerFactory.getLogger(DirectTexts.class);

    private final Channels channels;
    private final Executor background;

    DirectTexts(Channels channels, @Qualifier("applicationTaskExecutor") Executor background) {
        this.channels = channels;
        this.background = background;
    }

    @Override
    public boolean canSend() {
        return channels.ready(ChannelKind.SMS).isPresent();
    }

    @Override
    public void sendLater(String mobile, String text, String what, Runnable ifRefused) {
        background.execute(() -> {
            var channel = channels.ready(ChannelKind.SMS);
            var delivery = channel.isEmpty()
                    ? Channels.notSetUp(ChannelKind.SMS)
                    : Channels.sendSafely(
                            channel.get(),
                            new OutgoingMessage(UUID.randomUUID(), ChannelKind.SMS, mobile, null, text, null));
            if (delivery instanceof Delivery.Refused refused) {
                log.warn("Could not text {}: {}; sending it another way", what, refused.reason());
                ifRefused.run();
            } else {
                log.info("Texted {}", what);
            }
        });
    }
}
