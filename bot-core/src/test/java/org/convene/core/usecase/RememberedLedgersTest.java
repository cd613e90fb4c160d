package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which ledger an instance keeps for an event, as batches under the lock begin and end, and how many it keeps. */
class RememberedLedgersTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final RememberedLedgers ledgers = new RememberedLedgers();
    private Event event;

    @BeforeEach
    void setUp() {
        Actor admin = kit.adminWithGroup("bookclub", "Book Club");
        event = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(9)), 10, 0))
                .event();
    }

    @Test
    void aLedgerIsUsableOnlyOnceNoBatchAppliesUnderTheLock() {
        ledgers.lockingStarts(1);
        assertThat(ledgers.usable(1)).isEmpty();
        assertThat(ledgers.remembers(1)).isTrue();

        ledgers.lockingEnds(1, read(1, 5));

        assertThat(ledgers.usable(1)).map(RememberedLedger::version).contains(5L);
    }

    @Test
    void aBatchThatEndsAfterALaterOneLeavesTheLaterLedger() {
        ledgers.lockingStarts(1);
        ledgers.lockingStarts(1);
        ledgers.lockingEnds(1, read(5, 9));
        ledgers.lockingEnds(1, read(1, 5));

        assertThat(ledgers.usable(1)).map(RememberedLedger::version).contains(9L);
    }

    @Test
    void aFailedBatchForgetsTheLedger() {
        ledgers.lockingStarts(1);
        ledgers.lockingEnds(1, read(1, 5));
        ledgers.lockingStarts(1);
        ledgers.lockingEnds(1, Optional.empty());

        assertThat(ledgers.usable(1)).isEmpty();
        assertThat(ledgers.readsEveryone(1)).isTrue();
    }

    @Test
    void theLeastRecentlyUsedEventsAreDroppedButNotOneWithABatchUnderTheLock() {
        ledgers.lockingStarts(0);
        for (long eventId = 1; eventId <= RememberedLedgers.MOST_EVENTS + 1; eventId++) {
            ledgers.lockingStarts(eventId);
            ledgers.lockingEnds(eventId, read(1, 2));
        }

        assertThat(ledgers.remembers(0)).as("under the lock").isTrue();
        assertThat(ledgers.remembers(1)).as("least recently used").isFalse();
        assertThat(ledgers.remembers(RememberedLedgers.MOST_EVENTS + 1)).isTrue();
    }

    private Optional<RememberedLedgers.Locked> read(long before, long after) {
        return Optional.of(new RememberedLedgers.Locked(before, after, event, true, List.of(), 0, List.of()));
    }
}
