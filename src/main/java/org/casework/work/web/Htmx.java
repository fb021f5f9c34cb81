package org.casework.work.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether a request came from htmx wanting a piece of a page rather than the whole. The same URL serves both, so a
 * page works without JavaScript and htmx only saves the reload.
 */
final class Htmx {

    private Htmx() {}

    /**
     * True for htmx's own requests, but not when it restores history it has no copy of: then it wants the whole page.
     * Either way caches are told the answer depends on the header.
     */
    static boolean wantsPart(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
