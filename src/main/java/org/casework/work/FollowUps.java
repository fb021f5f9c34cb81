package org.casework.work;

import java.util.List;

/**
 * The follow-ups staff owe, from the modules that record them (the case file's intentions). Work shows them on My
 * tasks without depending on those modules: each provides a bean of this type.
 */
public interface FollowUps {

    /** The follow-ups the person owns that are not done yet, soonest due first. */
    List<FollowUp> ownedBy(String username);
}
