package org.casework.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for a template or contractor that does not exist: GOV.UK's "Page not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchKey extends RuntimeException {
    NoSuchKey(String key) {
        super("No notification template or contractor '" + key + "'");
    }
}
