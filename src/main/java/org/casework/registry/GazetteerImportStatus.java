package org.casework.registry;

/** Where a gazetteer import has got to. */
public enum GazetteerImportStatus {
    /** Accepted, not yet started. */
    QUEUED,
    /** Reading and checking the file's rows. */
    READING,
    /** Writing the checked rows into the places (one transaction). */
    MERGING,
    /** Done: the places are updated; rejected rows, if any, were skipped. */
    FINISHED,
    /** Stopped without changing any place (a file that could not be read, or a node that stopped half-way). */
    FAILED;

    public boolean isDone() {
        return this == FINISHED || this == FAILED;
    }

    public String label() {
        return switch (this) {
            case QUEUED -> "Waiting to start";
            case READING -> "Reading the file";
            case MERGING -> "Updating places";
            case FINISHED -> "Finished";
            case FAILED -> "Failed";
        };
    }
}
