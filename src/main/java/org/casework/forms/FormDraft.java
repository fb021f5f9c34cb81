package org.casework.forms;

import java.util.Map;
import java.util.UUID;

/** A form being filled in: the answers so far (as typed), for one process, perhaps for a signed-in citizen. */
public record FormDraft(UUID id, String process, UUID citizen, Map<String, String> answers, long version) {}
