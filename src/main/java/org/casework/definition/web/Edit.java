package org.casework.definition.web;

/**
 * A change to the shape of a form rather than a save: which button was pressed ({@code add-compare}, {@code remove},
 * {@code add-route}...) and what it is about, the input path of a condition or list item. Sent as {@code
 * verb@path}, so one form can hold many such buttons and still work without JavaScript.
 */
record Edit(String verb, String path) {

    static final Edit NONE = new Edit(null, null);

    static Edit parse(String sent) {
        if (sent == null || sent.isBlank()) return NONE;
        var at = sent.indexOf('@');
        return at < 0 ? new Edit(sent, "") : new Edit(sent.substring(0, at), sent.substring(at + 1));
    }

    boolean any() {
        return verb != null;
    }

    boolean is(String verb, String path) {
        return verb.equals(this.verb) && path.equals(this.path);
    }
}
