/**
 * The case file: what a case is about beyond its process — the people in their roles and the place, the demands
 * (the problems to address), the activities done (time recorded), the intentions (follow-ups owed, with an owner and
 * a due date) and the system conditions that got in the way. Values come from the registry's lookup lists. It does
 * not run the case (the engine) or decide who may see it (work's {@code CaseAccess}).
 */
@ApplicationModule(displayName = "Case file")
package org.casework.casefile;

import org.springframework.modulith.ApplicationModule;
