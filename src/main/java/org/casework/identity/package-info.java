/**
 * Identity: who council staff are, which teams they work in, what their roles let them do, and the API keys other
 * systems use to call the REST API on a staff member's behalf. It also wires the security of the REST API. It does not
 * decide who may work on a particular case or task (that is the work module's business, using the teams, roles and
 * permissions published here), and it does not hold citizens' details.
 */
@ApplicationModule(displayName = "Identity")
package org.casework.identity;

import org.springframework.modulith.ApplicationModule;
