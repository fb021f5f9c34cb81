package org.casework.casefile;

import java.util.List;
import org.casework.platform.Refusal;

/** A person cannot be put on, or taken off, a case as asked; the problem names the field. Nothing was changed. */
public class CasePersonRefused extends Refusal {

    public CasePersonRefused(Kind kind, String field, String reason) {
        super(kind, reason, List.of(new Problem(field, reason)));
    }
}
