package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.casework.casefile.CaseFileFigures;
import org.casework.casefile.FigureCriteria;
import org.casework.casefile.Figures;
import org.casework.identity.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case file")
class CaseFileFiguresController {

    private final CaseFileFigures figures;

    CaseFileFiguresController(CaseFileFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/reports/case-file")
    @PreAuthorize("hasAuthority('cases:read') and (hasAuthority('PERMISSION_SUPERVISE') or"
            + " hasAuthority('PERMISSION_ADMINISTER'))")
    @Operation(
            summary = "The case file's figures: demands by type and category, time by task category and by officer,"
                    + " system conditions by type, follow-ups open, overdue, done and cancelled; for supervisors and"
                    + " administrators")
    Figures figures(
            @Parameter(description = "Only this department's records (a code of the departments list)")
                    @RequestParam(required = false)
                    String department,
            @Parameter(description = "The first day counted (yyyy-MM-dd)") @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "The last day counted (yyyy-MM-dd)") @RequestParam(required = false) LocalDate to,
            @AuthenticationPrincipal StaffPrincipal me) {
        var chosen = department == null || department.isBlank() ? null : department.strip();
        return figures.figures(new FigureCriteria(chosen, from, to), me);
    }
}
