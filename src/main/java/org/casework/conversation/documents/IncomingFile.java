package org.casework.conversation.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload read to a temporary file and checked: its size counted and its type detected from its content. The file
 * is removed when this is closed, whether it was stored or refused.
 */
public final class IncomingFile implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String contentType;

    IncomingFile(Path file, long size, String contentType) {
        this.file = file;
        this.size = size;
        this.contentType = contentType;
    }

    public long size() {
        return size;
    }

    /** The type its content shows, such as {@code application/pdf}; what the sender claimed plays no part. */
    public String contentType() {
        return contentType;
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
