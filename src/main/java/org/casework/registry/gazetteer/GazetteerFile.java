package org.casework.registry.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casework.registry.GazetteerImportRefused;

/**
 * A gazetteer CSV file read a row at a time (never whole into memory): UTF-8 with or without a byte order mark,
 * CRLF or LF line ends, RFC 4180 quoting, the first line naming the columns. A row's line number counts the header
 * as line 1.
 */
final class GazetteerFile implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private GazetteerFile(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        if (!records.hasNext()) {
            close();
            throw new GazetteerImportRefused("file", "The selected file is empty");
        }
        this.header = records.next().toList();
    }

    static GazetteerFile open(Path path) {
        try {
            Reader reader = new BufferedReader(
                    new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            return new GazetteerFile(
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> header() {
        return header;
    }

    /** The next row, or null at the end; an unreadable file (an unclosed quote) stops here with its line. */
    CSVRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new UnreadableFile(
                    parser.getCurrentLineNumber() + 1, e.getCause().getMessage());
        }
    }

    /** The line a record starts on: records are numbered from the header's 1, blank lines aside. */
    static long lineOf(CSVRecord record) {
        return record.getRecordNumber();
    }

    /** The file cannot be read on from this line: the import fails rather than guess where the next row starts. */
    static final class UnreadableFile extends RuntimeException {
        UnreadableFile(long line, String why) {
            super("The file cannot be read from line " + line + ": " + why);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
