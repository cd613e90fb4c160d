package org.convene.core.port;

import java.time.Instant;
import java.util.Optional;

/** The secrets of personal calendar feeds, kept only as hashes: one per member, replaced on reset. */
public interface CalendarSecretRepository {

    /** Whether the member has a personal feed address. */
    boolean exists(long memberId);

    /** Stores the hash of a new secret for the member, replacing any older one (whose address stops working). */
    void replace(long memberId, byte[] secretHash, Instant now);

    /** The member whose secret has this hash. */
    Optional<Long> memberOf(byte[] secretHash);
}
