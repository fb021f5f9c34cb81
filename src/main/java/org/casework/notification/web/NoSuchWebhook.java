package org.casework.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asked about a webhook key that is not registered: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchWebhook extends RuntimeException {

    NoSuchWebhook(String key) {
        super("No webhook is registered as " + key);
    }
}
