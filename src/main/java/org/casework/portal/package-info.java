/**
 * Portal: the citizen's side of a case — which requests are whose, the secret links that let anyone follow a request
 * without an account, and the citizen's view of a case (its stages, dates and the timeline they may see). Its pages
 * (Your requests, a request, Track a request) are in {@code portal.web}; the online forms that start requests are
 * the {@code forms} module.
 */
@ApplicationModule(displayName = "Portal")
package org.casework.portal;

import org.springframework.modulith.ApplicationModule;
