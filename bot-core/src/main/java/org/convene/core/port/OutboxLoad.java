package org.convene.core.port;

import java.time.Instant;
import java.util.Optional;

/** How much delivery is behind, in one cheap read: the due messages still waiting and the oldest one's due time. */
public interface OutboxLoad {

    /** Pending messages due at or before {@code now}, and the earliest due time among them (empty when none). */
    record Waiting(long messages, Optional<Instant> oldestDue) {
    }

    Waiting waiting(Instant now);
}
