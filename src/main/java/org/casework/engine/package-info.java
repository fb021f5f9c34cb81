/**
 * The engine: runs cases through their process version from wait state to wait state, keeps every move on the
 * timeline, measures SLAs in working days and fires timers from the job table. It does not route or hold work for
 * people (that is {@code work}) and knows nothing of HTTP.
 */
@ApplicationModule(displayName = "Engine")
package org.casework.engine;

import org.springframework.modulith.ApplicationModule;
