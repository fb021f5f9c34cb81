package org.casework.registry.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.GazetteerImportRefused;
import org.casework.registry.GazetteerImportStatus;
import org.casework.registry.GazetteerRejection;
import org.casework.registry.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import: reads the file a row at a time, checks each row, streams the good ones into the staging table and
 * records the rejected ones with their line numbers, then merges everything into the places in one transaction. The
 * places change all at once or not at all; progress is recorded every {@value #PROGRESS_EVERY} rows.
 */
@Component
class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    static final int PROGRESS_EVERY = 10_000;
    private static final int REJECTIONS_AT_ONCE = 500;

    private final ImportRecords records;
    private final StagingTable staging;
    private final PlaceMerge merge;
    private final GazetteerProperties properties;

    Importer(ImportRecords records, StagingTable staging, PlaceMerge merge, GazetteerProperties properties) {
        this.records = records;
        this.staging = staging;
        this.merge = merge;
        this.properties = properties;
    }

    /** Imports the file; never throws: a failure is recorded on the import. */
    void run(GazetteerImportId id, String layoutName, java.nio.file.Path path) {
        var layout = properties.layouts().get(layoutName);
        var count = new Counts();
        try {
            records.progress(id, GazetteerImportStatus.READING, 0, 0, 0);
            var started = System.nanoTime();
            read(id, layoutName, layout, path, count);
            records.progress(id, GazetteerImportStatus.MERGING, count.read, count.imported, count.rejected);
            var read = System.nanoTime();
            var merged = merge.apply(id, layoutName, layout, records.now());
            var done = System.nanoTime();
            records.finish(
                    id,
                    count.read,
                    count.imported - merged.repeated(),
                    count.rejected + merged.repeated(),
                    merged.changed(),
                    merged.retired());
            log.info(
                    "Gazetteer import {} ({}): {} rows read in {} ms, {} places added or changed and {} retired in {} ms",
                    id,
                    layoutName,
                    count.read,
                    (read - started) / 1_000_000,
                    merged.changed(),
                    merged.retired(),
                    (done - read) / 1_000_000);
        } catch (GazetteerImportRefused | GazetteerFile.UnreadableFile e) {
            records.fail(id, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Gazetteer import {} failed", id, e);
            records.fail(id, "The import failed and changed no place: " + e.getMessage());
        } finally {
            try {
                merge.clear(id);
            } catch (RuntimeException e) {
                log.warn("Could not clear the staging rows of gazetteer import {}", id, e);
            }
        }
    }

    private void read(
            GazetteerImportId id,
            String layoutName,
            GazetteerProperties.Layout layout,
            java.nio.file.Path path,
            Counts count) {
        var rejections = new ArrayList<GazetteerRejection>();
        try (var file = GazetteerFile.open(path);
                var load = staging.open(id)) {
            var checks = RowChecks.forHeader(file.header(), layoutName, layout);
            for (var record = file.next(); record != null; record = file.next()) {
                count.read++;
                var line = GazetteerFile.lineOf(record);
                switch (checks.check(record)) {
                    case RowChecks.Accepted accepted -> {
                        load.add(line, false, accepted.place());
                        count.imported++;
                    }
                    case RowChecks.Rejected rejected -> {
                        // Staged as refused: not merged, yet not absent either, so a full import does not retire it.
                        if (rejected.uprn() != null) load.add(line, true, onlyUprn(rejected));
                        count.rejected++;
                        if (count.rejected <= properties.rejectionsKept()) {
                            rejections.add(new GazetteerRejection(line, rejected.reason()));
                        }
                        if (rejections.size() == REJECTIONS_AT_ONCE) keep(id, rejections);
                    }
                }
                if (count.read % PROGRESS_EVERY == 0) {
                    keep(id, rejections);
                    records.progress(id, GazetteerImportStatus.READING, count.read, count.imported, count.rejected);
                }
            }
        }
        keep(id, rejections);
    }

    private void keep(GazetteerImportId id, List<GazetteerRejection> rejections) {
        records.reject(id, rejections);
        rejections.clear();
    }

    private static Place onlyUprn(RowChecks.Rejected rejected) {
        return new Place(
                rejected.uprn(), null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static final class Counts {
        long read;
        long imported;
        long rejected;
    }
}
