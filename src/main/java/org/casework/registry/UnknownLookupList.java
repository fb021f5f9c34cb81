package org.casework.registry;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casework.platform.Refusal;

/** No lookup list has this key; the message names the lists there are. */
public class UnknownLookupList extends Refusal {

    public UnknownLookupList(String key) {
        super(
                Kind.NOT_FOUND,
                "There is no lookup list called '" + key + "'; the lists are "
                        + Arrays.stream(LookupList.values())
                                .map(LookupList::key)
                                .collect(Collectors.joining(", ")),
                List.of());
    }
}
