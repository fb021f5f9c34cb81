/**
 * Process definitions: the versioned documents council staff write to describe a service (fields, stages, steps,
 * conditions, allocation, SLAs), their validation, publishing and import/export. It does not run cases: that is the
 * engine's job.
 */
@ApplicationModule(displayName = "Process definitions")
package org.casework.definition;

import org.springframework.modulith.ApplicationModule;
