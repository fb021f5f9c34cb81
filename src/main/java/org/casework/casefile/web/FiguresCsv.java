package org.casework.casefile.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casework.casefile.Figures;

/** Each table of the case file report as a CSV file (RFC 4180) for a spreadsheet. */
enum FiguresCsv {
    DEMANDS(
            "demands",
            List.of("Demand type", "Category", "Recorded", "Resolved"),
            figures -> figures.demands().stream()
                    .map(line -> cells(line.typeLabel(), line.categoryLabel(), line.recorded(), line.resolved()))
                    .toList()),
    TIME_BY_TASK_CATEGORY(
            "time-by-task-category",
            List.of("Task category", "Activities", "Minutes"),
            figures -> figures.timeByTaskCategory().stream()
                    .map(line -> cells(line.label(), line.activities(), line.minutes()))
                    .toList()),
    TIME_BY_OFFICER(
            "time-by-officer",
            List.of("Officer", "Username", "Activities", "Minutes"),
            figures -> figures.timeByOfficer().stream()
                    .map(line -> cells(line.label(), line.key(), line.activities(), line.minutes()))
                    .toList()),
    SYSTEM_CONDITIONS(
            "system-conditions",
            List.of("System condition", "Recorded"),
            figures -> figures.systemConditions().stream()
                    .map(line -> cells(line.label(), line.recorded()))
                    .toList()),
    INTENTIONS(
            "follow-ups",
            List.of("Follow-up type", "Open", "Overdue", "Done", "Cancelled"),
            figures -> figures.intentions().stream()
                    .map(line -> cells(line.label(), line.open(), line.overdue(), line.done(), line.cancelled()))
                    .toList());

    /** Spreadsheets read a cell starting with one of these as a formula, and lookup labels are typed by people. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final String key;
    private final List<String> header;
    private final Function<Figures, List<String[]>> rows;

    FiguresCsv(String key, List<String> header, Function<Figures, List<String[]>> rows) {
        this.key = key;
        this.header = header;
        this.rows = rows;
    }

    /** The table's name in its download address and file name. */
    String key() {
        return key;
    }

    static Optional<FiguresCsv> byKey(String key) {
        return Arrays.stream(values()).filter(table -> table.key.equals(key)).findFirst();
    }

    void write(Figures figures, Writer out) throws IOException {
        var printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        for (var row : rows.apply(figures))
            printer.printRecord(Arrays.stream(row).map(FiguresCsv::inert));
        printer.flush();
    }

    private static String[] cells(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }

    /**
     * The cell as text a spreadsheet shows rather than runs: one that would start a formula gets a leading
     * apostrophe, which spreadsheets take to mean "this is text" (OWASP's advice on CSV injection).
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
