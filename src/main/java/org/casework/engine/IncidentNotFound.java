package org.casework.engine;

import java.util.UUID;

/** No open incident with that id. */
public class IncidentNotFound extends RuntimeException {

    public IncidentNotFound(UUID id) {
        super("No open incident " + id);
    }
}
