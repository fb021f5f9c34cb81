package org.casework.conversation.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where documents' bytes live, by a storage key the documents table keeps. The file system by default; an
 * S3-compatible store can implement the same three operations.
 */
public interface DocumentStore {

    /** Stores the bytes under the key, replacing nothing: keys are new for every document. */
    void put(String key, InputStream content) throws IOException;

    /** The bytes stored under the key; the caller closes the stream. */
    InputStream get(String key) throws IOException;

    /** Removes the bytes, if there are any: deleting twice is harmless. */
    void delete(String key) throws IOException;
}
