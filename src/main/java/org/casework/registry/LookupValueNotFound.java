package org.casework.registry;

import java.util.List;
import org.casework.platform.Refusal;

/** The list has no value with this code, retired or not. */
public class LookupValueNotFound extends Refusal {

    public LookupValueNotFound(LookupList list, String code) {
        super(Kind.NOT_FOUND, list.title() + " has no value '" + code + "'", List.of());
    }
}
