package org.casework.registry;

/**
 * What merging one record into another would move, for the officer to confirm: the counts of each kind of link the
 * merged record has, and whether it has a citizen account link.
 */
public record MergePreview(
        PersonSummary survivor,
        PersonSummary merged,
        int contacts,
        int references,
        int addresses,
        int relationships,
        int previousNames,
        boolean citizenAccount) {}
