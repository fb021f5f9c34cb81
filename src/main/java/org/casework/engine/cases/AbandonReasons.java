package org.casework.engine.cases;

import java.util.List;
import org.casework.engine.AbandonReason;
import org.casework.engine.UnknownAbandonReason;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.stereotype.Component;

/** The reasons a case may be abandoned for: the registry's abandon-reasons list, which administrators edit. */
@Component
public class AbandonReasons {

    private final LookupLists lookups;

    AbandonReasons(LookupLists lookups) {
        this.lookups = lookups;
    }

    public List<AbandonReason> active() {
        return lookups.offered(LookupList.ABANDON_REASONS, null).stream()
                .map(value -> new AbandonReason(value.code(), value.label()))
                .toList();
    }

    void require(String key) {
        if (key == null || active().stream().noneMatch(reason -> reason.key().equals(key))) {
            throw new UnknownAbandonReason(key, active());
        }
    }
}
