package org.casework.forms.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A service, page or draft that does not exist (or is not offered): the portal's page not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchForm extends RuntimeException {
    NoSuchForm() {
        super("No such form");
    }
}
