/**
 * The registry: the people, places and lists of values the council's casework refers to — person records with their
 * contact details, references, addresses and relationships; places keyed by UPRN, loaded from a gazetteer file; and
 * the lookup lists administrators keep (contact types, demand types, system conditions …), some per department. It
 * knows nothing of cases: which people and place a case is about is the case file's business ({@code casefile}).
 */
@ApplicationModule(displayName = "Registry")
package org.casework.registry;

import org.springframework.modulith.ApplicationModule;
