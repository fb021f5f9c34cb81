package org.casework.definition.web;

/** One option of a select, radio or checkbox list: the value sent and the words shown. */
record Choice(String code, String label) {}
