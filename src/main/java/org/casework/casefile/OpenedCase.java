package org.casework.casefile;

import org.casework.engine.CaseView;

/** A case its viewer may see, with the department its process version names (null: every department). */
record OpenedCase(CaseView view, String department) {}
