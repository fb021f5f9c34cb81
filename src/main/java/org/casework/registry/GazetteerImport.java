package org.casework.registry;

import java.time.Instant;

/**
 * One gazetteer import as administrators follow it: the file and layout, where it has got to, rows read, taken and
 * rejected, and once finished how many places it added or changed and how many it retired.
 */
public record GazetteerImport(
        GazetteerImportId id,
        String layout,
        String fileName,
        GazetteerImportStatus status,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        Long placesChanged,
        Long placesRetired,
        String failure,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {}
