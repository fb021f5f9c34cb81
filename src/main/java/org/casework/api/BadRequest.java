package org.casework.api;

import java.util.List;

/** A request the API cannot accept as sent, naming the fields at fault. */
public class BadRequest extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    private BadRequest(int status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** 400: the request is malformed. */
    public static BadRequest malformed(String field, String reason) {
        return new BadRequest(
                400, "The request is malformed: " + field + " " + reason, List.of(new FieldError(field, reason)));
    }

    /** 422: the request is well-formed but breaks a rule. */
    public static BadRequest unprocessable(String field, String reason) {
        return new BadRequest(422, field + " " + reason, List.of(new FieldError(field, reason)));
    }

    /** 422: the request breaks several rules at once, each naming its field. */
    public static BadRequest unprocessable(String message, List<FieldError> errors) {
        return new BadRequest(422, message, errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
