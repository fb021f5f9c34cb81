package org.casework.registry;

/** No gazetteer import has this id. */
public class GazetteerImportNotFound extends RuntimeException {

    public GazetteerImportNotFound(GazetteerImportId id) {
        super("There is no gazetteer import " + id);
    }
}
