package org.casework.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request that does not exist or is not this person's to see: both are "page not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchRequest extends RuntimeException {
    NoSuchRequest() {
        super("No such request");
    }
}
