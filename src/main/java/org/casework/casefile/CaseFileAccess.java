package org.casework.casefile;

import org.casework.definition.Definitions;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * Every read and change of a case's file goes through here, so none forgets that a case the viewer may not see is
 * reported as not found, exactly like one that does not exist.
 */
@Component
class CaseFileAccess {

    private final Cases cases;
    private final CaseAccess access;
    private final Definitions definitions;

    CaseFileAccess(Cases cases, CaseAccess access, Definitions definitions) {
        this.cases = cases;
        this.access = access;
        this.definitions = definitions;
    }

    OpenedCase open(CaseId id, StaffPrincipal viewer) {
        var view = access.require(cases.get(id), viewer);
        return new OpenedCase(view, departmentOf(view));
    }

    /** The same, holding the case's lock until the transaction ends, as every change to a case does. */
    OpenedCase openToChange(CaseId id, StaffPrincipal viewer) {
        var opened = open(id, viewer);
        cases.lock(id);
        return opened;
    }

    boolean maySee(CaseView view, StaffPrincipal someone) {
        return access.maySee(view, someone);
    }

    /** The department of the process version the case runs on, which decides the lookup values it is offered. */
    String departmentOf(CaseView view) {
        return definitions
                .version(view.process(), view.processVersion())
                .map(version -> version.definition().department())
                .orElse(null);
    }
}
