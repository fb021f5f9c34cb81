package org.casework.registry;

import java.util.List;

/** The people a search found, best match first, and whether there were more than shown (narrow the search). */
public record PeopleFound(List<PersonSummary> people, boolean more) {}
