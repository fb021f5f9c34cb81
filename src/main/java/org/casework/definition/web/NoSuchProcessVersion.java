package org.casework.definition.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for a process, version or draft that does not exist: GOV.UK's "Page not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchProcessVersion extends RuntimeException {
    NoSuchProcessVersion(String message) {
        super(message);
    }
}
