package org.convene.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The per-event waitlist rule the seat ledger applies: who among some members waits behind the others. */
public interface WaitlistRules {

    /** Whether the event puts members with a recent no-show behind others, and which of the given members are such. */
    record Rule(boolean on, Set<Long> behind) {
        public static final Rule NONE = new Rule(false, Set.of());

        public Rule {
            behind = Set.copyOf(behind);
        }
    }

    /** The event's rule for {@code memberIds} at {@code now}. */
    Rule of(long eventId, Collection<Long> memberIds, Instant now);
}
