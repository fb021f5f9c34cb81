package org.casework.engine.calls;

/**
 * One attempt at a call failed. The message is safe to keep in an incident and on the timeline: a status code or what
 * went wrong in words, never a header, a body or a URL (which may carry a secret or personal data).
 */
final class CallFailed extends RuntimeException {

    CallFailed(String message) {
        super(message, null, false, false);
    }
}
