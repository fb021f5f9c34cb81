/**
 * Wiring no business module owns: the database dialect, clock, JSON and start-up banner. Nothing here knows about
 * cases, processes or people.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.casework.platform;

import org.springframework.modulith.ApplicationModule;
