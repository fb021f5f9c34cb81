package org.casework.work.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casework.engine.CaseView;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * Cases as a CSV file (RFC 4180) for a spreadsheet, written row by row as they are read, so an export of any size
 * holds one page of cases in memory at a time.
 */
@Component
class CasesCsv {

    static final List<String> HEADER = List.of(
            "Reference",
            "Process",
            "Citizen",
            "Postcode",
            "Status",
            "Stage",
            "Current step",
            "Created",
            "Due",
            "SLA",
            "Closed",
            "Outcome");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Spreadsheets read a cell starting with one of these as a formula, and a citizen types what they like. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CaseLines lines;

    CasesCsv(CaseLines lines) {
        this.lines = lines;
    }

    void write(Stream<CaseView> cases, Writer out) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        for (var iterator = cases.iterator(); iterator.hasNext(); ) {
            printer.printRecord(Arrays.stream(cells(iterator.next())).map(CasesCsv::inert));
        }
        printer.flush();
    }

    private String[] cells(CaseView view) {
        var line = lines.of(view);
        return new String[] {
            view.reference(),
            view.processName(),
            view.citizen().name(),
            view.postcode(),
            line.status(),
            line.stage(),
            view.currentStepName(),
            time(view.createdAt()),
            view.dueOn() == null ? null : view.dueOn().toString(),
            line.sla() == null ? null : line.sla().label(),
            time(view.closedAt()),
            view.outcome()
        };
    }

    /**
     * The cell as text a spreadsheet shows rather than runs: one that would start a formula gets a leading
     * apostrophe, which spreadsheets take to mean "this is text" (OWASP's advice on CSV injection).
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(CouncilTime.ZONE));
    }
}
