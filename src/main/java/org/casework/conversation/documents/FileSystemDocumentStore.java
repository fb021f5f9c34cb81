package org.casework.conversation.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.casework.conversation.DocumentProperties;
import org.springframework.stereotype.Component;

/**
 * Documents as files under {@code casework.documents.directory} (by default {@code ./data/documents}, beside the
 * embedded database), one directory per first two characters of the key so no directory grows huge. A file is
 * written under a temporary name and moved into place, so a reader never sees half a file. Several nodes need the
 * directory on a shared volume, or an object store instead.
 */
@Component
public class FileSystemDocumentStore implements DocumentStore {

    /** Keys are ours (random UUIDs), never a user's file name; this stops anything else reaching the file system. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{8,64}");

    private final Path root;

    FileSystemDocumentStore(DocumentProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        var target = path(key);
        Files.createDirectories(target.getParent());
        var partial = Files.createTempFile(target.getParent(), key, ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) throw new IllegalArgumentException("Not a storage key: " + key);
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
