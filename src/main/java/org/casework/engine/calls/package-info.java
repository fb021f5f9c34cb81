/**
 * API steps' calls to other systems: the {@code api-call} job, filling the request's templates, the secrets it sends
 * (sealed at rest) and the one-time callback addresses (only their hashes kept). Not the REST API other systems call
 * us through; that is the {@code api} module.
 */
package org.casework.engine.calls;
