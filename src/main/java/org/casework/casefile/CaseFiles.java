package org.casework.casefile;

import org.casework.casefile.activities.ActivityRows;
import org.casework.casefile.conditions.SystemConditionRows;
import org.casework.casefile.demands.DemandRows;
import org.casework.casefile.intentions.IntentionRows;
import org.casework.engine.CaseId;
import org.casework.identity.StaffPrincipal;
import org.springframework.stereotype.Service;

/** A case's whole file in one read, for the case file page. */
@Service
public class CaseFiles {

    private final CaseFileAccess access;
    private final DemandRows demands;
    private final ActivityRows activities;
    private final IntentionRows intentions;
    private final SystemConditionRows conditions;

    CaseFiles(
            CaseFileAccess access,
            DemandRows demands,
            ActivityRows activities,
            IntentionRows intentions,
            SystemConditionRows conditions) {
        this.access = access;
        this.demands = demands;
        this.activities = activities;
        this.intentions = intentions;
        this.conditions = conditions;
    }

    /** The case's file, if the viewer may see the case; not found otherwise. */
    public CaseFile open(CaseId caseId, StaffPrincipal viewer) {
        var opened = access.open(caseId, viewer);
        return new CaseFile(
                opened.view(),
                opened.department(),
                demands.of(caseId),
                activities.of(caseId),
                intentions.of(caseId),
                conditions.of(caseId));
    }
}
