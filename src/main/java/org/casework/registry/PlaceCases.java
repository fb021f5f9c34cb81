package org.casework.registry;

import java.util.List;
import org.casework.identity.StaffPrincipal;

/**
 * What the registry asks of whichever module knows about cases (the case file) to show the cases at a place and
 * nearby: the registry knows nothing of cases itself. A module answers by declaring a bean of this type; with none,
 * the place page says there are no cases to show.
 */
public interface PlaceCases {

    /** The cases about any of these places that the officer may see, most recent first. */
    List<PlaceCase> atPlaces(List<Uprn> uprns, StaffPrincipal viewer);
}
