package org.casework.registry.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casework.registry.GazetteerImport;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.GazetteerImportRefused;
import org.casework.registry.GazetteerImports;
import org.casework.registry.GazetteerLayout;
import org.casework.registry.GazetteerRejection;
import org.springframework.stereotype.Component;

/**
 * Takes an uploaded gazetteer file, keeps it in the import folder and reads it on a virtual thread of the node that
 * took it; its progress is in the database, so every node shows it. Not a db-scheduler job: another node could claim
 * the job but not read the file, which lives on this node's disk.
 */
@Component
class BackgroundImports implements GazetteerImports {

    private final GazetteerProperties properties;
    private final ImportRecords records;
    private final Importer importer;

    BackgroundImports(GazetteerProperties properties, ImportRecords records, Importer importer) {
        this.properties = properties;
        this.records = records;
        this.importer = importer;
    }

    @Override
    public List<GazetteerLayout> layouts() {
        var layouts = new ArrayList<GazetteerLayout>();
        properties
                .layouts()
                .forEach((name, layout) -> layouts.add(new GazetteerLayout(
                        name,
                        layout.description(),
                        layout.coordinatesOnly(),
                        layout.retiresAbsent(),
                        List.copyOf(layout.columns().values()))));
        return layouts;
    }

    @Override
    public GazetteerImport start(String layout, String fileName, InputStream content, String startedBy) {
        var id = accept(layout, fileName, content, startedBy);
        Thread.ofVirtual().name("gazetteer-import-" + id).start(() -> runAndForget(id.id(), layout, id.path()));
        return records.find(id.id()).orElseThrow();
    }

    @Override
    public GazetteerImport importNow(String layout, String fileName, InputStream content, String startedBy) {
        var id = accept(layout, fileName, content, startedBy);
        runAndForget(id.id(), layout, id.path());
        return records.find(id.id()).orElseThrow();
    }

    private record Accepted(GazetteerImportId id, Path path) {}

    /** Checks the layout, keeps the file and checks its header, so an import that cannot start is refused now. */
    private Accepted accept(String layout, String fileName, InputStream content, String startedBy) {
        if (layout == null || !properties.layouts().containsKey(layout)) {
            throw new GazetteerImportRefused(
                    "layout",
                    "Select the file’s layout: one of "
                            + String.join(", ", properties.layouts().keySet()));
        }
        if (content == null) throw new GazetteerImportRefused("file", "Select a gazetteer file");
        var id = GazetteerImportId.random();
        var path = properties.directory().resolve("gazetteer-import-" + id + ".csv");
        try {
            Files.createDirectories(properties.directory());
            Files.copy(content, path);
            if (Files.size(path) == 0) throw new GazetteerImportRefused("file", "The selected file is empty");
            try (var file = GazetteerFile.open(path)) {
                RowChecks.forHeader(file.header(), layout, properties.layouts().get(layout));
            }
        } catch (IOException e) {
            delete(path);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
        records.create(id, layout, name(fileName), startedBy);
        return new Accepted(id, path);
    }

    private void runAndForget(GazetteerImportId id, String layout, Path path) {
        try {
            importer.run(id, layout, path);
        } finally {
            delete(path);
        }
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) return "gazetteer.csv";
        var slashed = fileName.replace('\\', '/');
        var name = slashed.substring(slashed.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A file left in the temporary folder is harmless; the next clean-up of the folder takes it.
        }
    }

    @Override
    public Optional<GazetteerImport> find(GazetteerImportId id) {
        return records.find(id);
    }

    @Override
    public List<GazetteerImport> recent(int limit) {
        return records.recent(limit);
    }

    @Override
    public List<GazetteerRejection> rejections(GazetteerImportId id, long afterLine, int limit) {
        return records.rejections(id, afterLine, limit);
    }
}
