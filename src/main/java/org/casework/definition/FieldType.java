package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of value a field holds; each has its own check when data arrives. */
public enum FieldType {
    @JsonProperty("text")
    TEXT,
    @JsonProperty("long-text")
    LONG_TEXT,
    @JsonProperty("number")
    NUMBER,
    @JsonProperty("date")
    DATE,
    @JsonProperty("boolean")
    BOOLEAN,
    @JsonProperty("choice")
    CHOICE,
    /** Several of a list of options (checkboxes); the data holds them as a list in the options' order. */
    @JsonProperty("choices")
    CHOICES,
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("phone")
    PHONE,
    @JsonProperty("postcode")
    POSTCODE,
    @JsonProperty("document")
    DOCUMENT,
    /**
     * A postal address: its lines, postcode and, when picked from the council's gazetteer, its UPRN (see {@link
     * Address}); online forms ask it in GOV.UK's "find an address" pattern.
     */
    @JsonProperty("address")
    ADDRESS;

    /**
     * Whether answers of this kind can be kept for searching: short answers. Long text, phone numbers and documents
     * cannot (they are rarely typed the same way twice, or are not text at all), nor can several choices, since the
     * search index keeps one answer per field, nor an address (its postcode is where the case is for searches).
     */
    public boolean canBeSearched() {
        return switch (this) {
            case TEXT, CHOICE, NUMBER, DATE, POSTCODE, EMAIL, BOOLEAN -> true;
            case LONG_TEXT, PHONE, DOCUMENT, CHOICES, ADDRESS -> false;
        };
    }

    /** Whether the answers are picked from the field's {@code options}: one of them, or several. */
    public boolean offersOptions() {
        return this == CHOICE || this == CHOICES;
    }
}
