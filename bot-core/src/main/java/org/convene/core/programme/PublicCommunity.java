package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/** A community as strangers see it: its public key (the part of its addresses after {@code /c/}), name and zone. */
public record PublicCommunity(String key, String name, ZoneId zone) {
    public PublicCommunity {
        requireNonNull(key, "key");
        requireNonNull(name, "name");
        requireNonNull(zone, "zone");
    }
}
