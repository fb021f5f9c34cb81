package org.casework.work.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.engine.CaseStatus;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.work.CaseSearch;
import org.casework.work.InvalidCursor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Search: cases by reference, citizen, postcode, status, process, stage, assignee, dates and a field's answer, a page
 * at a time, and the whole result as a CSV file. Officers only ever get the cases they may see: the rule is part of
 * the query, in {@link CaseSearch}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SearchPage {

    static final int PAGE_SIZE = 25;

    private static final List<SearchChoices.Choice> STATUSES = Arrays.stream(CaseStatus.values())
            .map(status -> new SearchChoices.Choice(status.value(), CaseLines.label(status)))
            .toList();

    private final CaseSearch search;
    private final Definitions definitions;
    private final CaseLines lines;
    private final CasesCsv csv;
    private final Clock clock;

    SearchPage(CaseSearch search, Definitions definitions, CaseLines lines, CasesCsv csv, Clock clock) {
        this.search = search;
        this.definitions = definitions;
        this.lines = lines;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/search")
    ModelAndView search(
            @RequestParam Map<String, String> params, @RequestParam(required = false) String after, StaffPrincipal me) {
        var form = SearchForm.of(params);
        var choices = SearchChoices.of(definitions);
        var read = form.read(choices);
        var page = new ModelAndView("work/search")
                .addObject("section", "search")
                .addObject("form", form)
                .addObject("choices", choices)
                .addObject("statuses", STATUSES)
                .addObject("dates", SearchForm.DATES)
                .addObject("errors", read.errors())
                .addObject("problems", SearchForm.problems(read.errors()))
                .addObject("query", form.query())
                .addObject("firstPage", after == null || after.isBlank());
        if (!read.errors().isEmpty()) return refused(page);
        try {
            var results = search.search(read.criteria(), after, PAGE_SIZE, me);
            return page.addObject("cases", lines.of(results.cases()))
                    .addObject("next", results.next())
                    .addObject("bySurname", read.criteria().citizenName() != null);
        } catch (InvalidCursor stale) {
            page.addObject(
                    "problems",
                    List.of(new CaseForm.Problem("#search", "That page link no longer works; search again")));
            return refused(page);
        }
    }

    /**
     * Every matching case as a CSV download. Written straight to the response, a page of cases at a time, on the
     * request's own (virtual) thread: a large export holds little memory, and no asynchronous request timeout can
     * cut it short.
     */
    @GetMapping("/search.csv")
    void export(@RequestParam Map<String, String> params, StaffPrincipal me, HttpServletResponse response)
            throws IOException {
        var read = SearchForm.of(params).read(SearchChoices.of(definitions));
        if (!read.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println("The search could not be exported:");
            for (var problem : SearchForm.problems(read.errors()))
                response.getWriter().println(problem.message());
            return;
        }
        var filename = "cases-" + CouncilTime.dayOf(clock.instant()) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        // A byte order mark, or Excel reads the file as Windows-1252 and mangles every accent in a citizen's name.
        out.write('\uFEFF');
        try (var cases = search.all(read.criteria(), me)) {
            csv.write(cases, out);
        }
        out.flush();
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page.addObject("cases", List.of()).addObject("next", null);
    }
}
