/**
 * Forms: the online forms citizens ask for services with — the catalogue of services offered online, a form's pages
 * in order (skipping pages whose condition does not hold), checking each page's answers, drafts saved after every
 * page, and sending: starting the case with the answers. A form is part of its process's document ({@code
 * definition.OnlineForm}), so the two are published together. The pages citizens see are in {@code forms.web}.
 */
@ApplicationModule(displayName = "Forms")
package org.casework.forms;

import org.springframework.modulith.ApplicationModule;
