package org.convene.core.port;

import java.time.Instant;
import java.util.Optional;

/** How far behind delivery is: the due time of the oldest message still waiting, asked cheaply for readiness. */
public interface OutboxBacklog {

    /** The earliest due time among pending messages due at or before {@code now}; empty when none is waiting. */
    Optional<Instant> oldestDue(Instant now);
}
