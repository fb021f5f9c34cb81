package org.casework.api.places;

import java.time.Instant;
import java.util.Locale;
import org.casework.registry.GazetteerImport;

/** An import's progress and outcome, with where to read its rejected rows. */
record GazetteerImportResponse(
        String id,
        String layout,
        String fileName,
        String status,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        Long placesChanged,
        Long placesRetired,
        String failure,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String rejections) {

    static GazetteerImportResponse from(GazetteerImport i) {
        return new GazetteerImportResponse(
                i.id().toString(),
                i.layout(),
                i.fileName(),
                i.status().name().toLowerCase(Locale.ROOT),
                i.rowsRead(),
                i.rowsImported(),
                i.rowsRejected(),
                i.placesChanged(),
                i.placesRetired(),
                i.failure(),
                i.startedBy(),
                i.startedAt(),
                i.finishedAt(),
                "/api/v1/gazetteer/imports/" + i.id() + "/rejections");
    }
}
