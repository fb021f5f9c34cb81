package org.casework.casefile;

import java.util.List;
import org.casework.platform.Refusal;

/** No such demand, activity, follow-up or system condition on the case. */
public class CaseRecordNotFound extends Refusal {

    public CaseRecordNotFound(String what, Object id) {
        super(Kind.NOT_FOUND, "No " + what + " " + id + " on this case", List.of());
    }
}
