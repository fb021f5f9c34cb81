package org.casework.engine.cases;

import java.util.List;
import java.util.Optional;
import org.casework.engine.CaseId;
import org.casework.engine.CaseRestriction;
import org.casework.engine.ChildCase;
import org.springframework.stereotype.Component;

/** Reads what ties a case to others and who may see it: its children, its parent, its restriction. */
@Component
public class CaseLinks {

    private final ChildCaseRows children;
    private final CaseRestrictions restrictions;

    CaseLinks(ChildCaseRows children, CaseRestrictions restrictions) {
        this.children = children;
        this.restrictions = restrictions;
    }

    public List<ChildCase> children(CaseId parent) {
        return children.ofParent(parent).stream().map(ChildCaseRows.Link::view).toList();
    }

    public Optional<ChildCase> parentOf(CaseId child) {
        return children.ofChild(child).map(ChildCaseRows.Link::view);
    }

    public Optional<CaseRestriction> restriction(CaseId id) {
        return restrictions.of(id);
    }
}
