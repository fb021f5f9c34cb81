package org.casework.api.cases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case just started: the case as {@code GET /cases/{id}} shows it, plus the secret link the citizen can follow it
 * with. The link is also in the confirmation emailed to the citizen, if they gave an address; it cannot be shown
 * again (only its hash is kept), but a new one can be made with {@code POST /cases/{id}/tracking-links}.
 */
record StartedCaseResponse(@JsonUnwrapped CaseResponse request, String trackingUrl) {}
