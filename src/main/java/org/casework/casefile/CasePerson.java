package org.casework.casefile;

import java.time.Instant;
import org.casework.engine.CaseId;
import org.casework.registry.PersonId;

/** A person on a case in a role (a code of the case-roles list); one of a case's people is its main person. */
public record CasePerson(CaseId caseId, PersonId person, String role, boolean main, String addedBy, Instant addedAt) {}
