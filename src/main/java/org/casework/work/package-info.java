/**
 * Work: turns task steps into tasks, routes them to team queues or officers by the step's allocation rule, and
 * tracks who is doing what (claim, release, reassign, complete). It does not decide where a case goes next: that
 * is the engine's, which a completed task hands back to.
 */
@ApplicationModule(displayName = "Work")
package org.casework.work;

import org.springframework.modulith.ApplicationModule;
