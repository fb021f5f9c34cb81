package org.casework.registry;

import java.util.List;
import org.casework.identity.StaffPrincipal;

/**
 * What the cases say about a person, for the person page's single view across services. The registry knows nothing
 * of cases, so the module that links people to cases provides this; each answer holds only what the viewer may see.
 */
public interface PersonCases {

    /** The cases the person is on, in any role, newest first. */
    List<PersonCase> casesOf(PersonId person, StaffPrincipal viewer);

    /** What happened on those cases and between the council and the person (contacts, messages), newest first. */
    List<PersonHistoryEntry> historyOf(PersonId person, StaffPrincipal viewer);
}
