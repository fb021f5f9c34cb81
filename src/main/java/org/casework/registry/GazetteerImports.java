package org.casework.registry;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Loading the council's gazetteer from a CSV file in one of the configured layouts. Each row is checked first; a
 * row that fails is skipped and reported by line number, the rest are merged into the places in one transaction.
 */
public interface GazetteerImports {

    /** The layouts a file may be in, by name. */
    List<GazetteerLayout> layouts();

    /**
     * Keeps the file and starts importing it in the background; returns at once with the import queued. Refused
     * ({@link GazetteerImportRefused}) for an unknown layout or an empty file.
     */
    GazetteerImport start(String layout, String fileName, InputStream content, String startedBy);

    /** Imports the file now, on the caller's thread (the demo council, benchmarks); returns the finished import. */
    GazetteerImport importNow(String layout, String fileName, InputStream content, String startedBy);

    Optional<GazetteerImport> find(GazetteerImportId id);

    /** The latest imports, newest first. */
    List<GazetteerImport> recent(int limit);

    /** The import's rejected rows in file order, from the line after {@code afterLine}. */
    List<GazetteerRejection> rejections(GazetteerImportId id, long afterLine, int limit);
}
