package org.casework.definition.web;

/** The draft has no field, stage, step or action at the address asked for. */
class NotInDraft extends RuntimeException {

    NotInDraft(String what) {
        super("The draft has no " + what);
    }
}
