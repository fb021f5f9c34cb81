package org.casework.bench;

import java.util.Map;

/** How a worker talks to Casework: through the engine's facades, or over HTTP. */
interface Driver {

    /** Starts a case; returns its id. */
    String start(Map<String, Object> data);

    /** Reads the first page (20) of the team's queue; returns this case's task there, or null. */
    String firstPageTaskOf(String team, String caseId);

    /** This case's open task, for the rare case it is not on the first page. */
    String openTaskOf(String caseId);

    void claim(String taskId);

    void complete(String taskId, Map<String, Object> data);
}
