package org.casework.registry;

import java.util.List;

/** Someone already on the register who may be the person about to be added, and why they may be. */
public record LikelyDuplicate(PersonSummary person, List<String> reasons) {}
