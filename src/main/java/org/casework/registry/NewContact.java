package org.casework.registry;

/** A contact detail to add: a code of the contact types list, and the address or number. */
public record NewContact(String type, String value) {}
