/**
 * The REST API under {@code /api/v1}: JSON over the facades of the other modules, authenticated by API keys,
 * documented by OpenAPI, with every error as {@code application/problem+json}. No business rule lives here.
 */
@ApplicationModule(displayName = "REST API")
package org.casework.api;

import org.springframework.modulith.ApplicationModule;
