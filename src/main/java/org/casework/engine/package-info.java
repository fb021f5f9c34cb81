/**
 * The engine: runs cases through their process version from wait state to wait state, keeps every move on the
 * timeline, measures SLAs in working days, fires timers from the job table and makes API steps' calls to other
 * systems. It does not route or hold work for people (that is {@code work}); it serves no REST API of its own (that is
 * {@code api}), and its only page is where administrators set the secrets API steps send.
 */
@ApplicationModule(displayName = "Engine")
package org.casework.engine;

import org.springframework.modulith.ApplicationModule;
