package org.casework.casefile.web;

import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The case file page: what the case is about beyond its process, and the forms that add to it. */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseFilePage {

    private final Cases cases;
    private final CaseFileSheet sheet;

    CaseFilePage(Cases cases, CaseFileSheet sheet) {
        this.cases = cases;
        this.sheet = sheet;
    }

    @GetMapping("/cases/{reference}/file")
    ModelAndView show(@PathVariable String reference, StaffPrincipal me) {
        return sheet.page(cases.byReference(reference).id(), me);
    }
}
