package org.casework.conversation;

/** No information request has this id. */
public class InformationRequestNotFound extends RuntimeException {

    public InformationRequestNotFound(InformationRequestId id) {
        super("No information request " + id);
    }
}
