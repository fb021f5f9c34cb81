package org.casework.identity;

import java.util.UUID;

/** A new API key: the only time the whole key is available, so show it to its owner once and keep it nowhere. */
public record IssuedApiKey(UUID id, String key) {

    /** Names the key by its prefix only, so a key never reaches a log through this record. */
    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", key=" + key.substring(0, Math.min(12, key.length())) + "…]";
    }
}
