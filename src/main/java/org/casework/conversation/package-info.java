/**
 * Conversation: what is said about a case beside its process — officers' notes now (private, or visible to the
 * citizen); information requests, replies and documents later. It keeps its own tables and refers to cases by id.
 */
@ApplicationModule(displayName = "Conversation")
package org.casework.conversation;

import org.springframework.modulith.ApplicationModule;
