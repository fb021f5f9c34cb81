package org.casework.casefile.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.casefile.CaseFileFigures;
import org.casework.casefile.CaseFileRefused;
import org.casework.casefile.FigureCriteria;
import org.casework.casefile.Figures;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case file report for supervisors and administrators: the figures for a department and range of days, each
 * table also downloadable as CSV with the same filter.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_SUPERVISE') or hasAuthority('PERMISSION_ADMINISTER')")
class CaseFileReportsPage {

    private static final String BASE = "/reports/case-file";

    private final CaseFileFigures figures;
    private final LookupLists lookups;

    CaseFileReportsPage(CaseFileFigures figures, LookupLists lookups) {
        this.figures = figures;
        this.lookups = lookups;
    }

    /** The filter as typed: the department's code and the two dates' boxes. */
    record Filter(Map<String, String> typed) {

        String department() {
            var department = typed.getOrDefault("department", "").strip();
            return department.isEmpty() ? null : department;
        }

        String box(String field, String part) {
            return typed.getOrDefault(field + "-" + part, "");
        }

        /** Problems with the dates as typed, by field. */
        Map<String, String> problems() {
            var problems = new LinkedHashMap<String, String>();
            for (var field : new String[] {"from", "to"}) {
                var problem = FormDates.problem(box(field, "day"), box(field, "month"), box(field, "year"));
                if (problem != null) problems.put(field, problem);
            }
            return problems;
        }

        FigureCriteria criteria() {
            return new FigureCriteria(
                    department(),
                    FormDates.date(box("from", "day"), box("from", "month"), box("from", "year")),
                    FormDates.date(box("to", "day"), box("to", "month"), box("to", "year")));
        }

        /** The same filter as a query string, for the CSV downloads. */
        String query() {
            var uri = UriComponentsBuilder.newInstance();
            typed.forEach((name, value) -> {
                if (!name.startsWith("_") && value != null && !value.isBlank()) uri.queryParam(name, value);
            });
            return uri.encode().build().toUriString();
        }
    }

    @GetMapping(BASE)
    ModelAndView report(@RequestParam Map<String, String> typed, StaffPrincipal me) {
        var filter = new Filter(typed);
        var errors = filter.problems();
        var page = new ModelAndView("casefile/reports")
                .addObject("section", "supervise")
                .addObject("departments", lookups.values(LookupList.DEPARTMENTS))
                .addObject("typed", typed)
                .addObject("query", filter.query());
        if (errors.isEmpty()) {
            try {
                page.addObject("figures", figures.figures(filter.criteria(), me));
            } catch (Refusal refused) {
                if (refused.kind() != Refusal.Kind.RULE_BROKEN) throw refused;
                refused.problems().forEach(problem -> errors.put(problem.field(), problem.reason()));
            }
        }
        page.addObject("errors", errors);
        if (!errors.isEmpty()) page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @GetMapping(BASE + "/{table}.csv")
    void download(
            @PathVariable String table,
            @RequestParam Map<String, String> typed,
            StaffPrincipal me,
            HttpServletResponse response)
            throws IOException {
        var csv = FiguresCsv.byKey(table).orElse(null);
        var filter = new Filter(typed);
        if (csv == null || !filter.problems().isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        Figures counted;
        try {
            counted = figures.figures(filter.criteria(), me);
        } catch (CaseFileRefused refused) {
            response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"case-file-" + csv.key() + ".csv\"");
        csv.write(counted, response.getWriter());
    }
}
