package org.casework.platform;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): a millisecond timestamp first, then random bits, increasing within one node. Rows
 * keyed by them (cases, their tasks and timelines) are inserted at the right-hand end of their B-tree indexes, which
 * then stay nearly full and hot in memory, where random version-4 keys split pages all over the index and leave them
 * two-thirds full. The timestamp says only when a row was made, which the rows themselves record anyway.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {}

    public static UUID next() {
        return GENERATOR.generate();
    }
}
