package org.casework.work;

import java.util.List;
import org.casework.engine.CaseView;

/** One page of a case search, with the cursor for the next page (null on the last page). */
public record SearchResults(List<CaseView> cases, String next) {}
