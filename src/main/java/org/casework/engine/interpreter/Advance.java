package org.casework.engine.interpreter;

import java.util.List;

/** The result of one command: the case's new position and the effects that led there. */
public record Advance(CasePosition position, List<Effect> effects) {}
