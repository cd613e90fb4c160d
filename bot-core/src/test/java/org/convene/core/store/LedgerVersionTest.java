package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.RsvpState;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every committed write of an event's row or of any of its RSVPs gives the event a new ledger version, whoever writes
 * it; the one call that writes a batch decided at a version writes nothing, memberships included, when the event has
 * moved on.
 */
class LedgerVersionTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final JdbcAnswerBatches batches = new JdbcAnswerBatches(kit.jdbc);
    private long eventId;
    private long communityId;

    @BeforeEach
    void setUp() {
        Actor admin = kit.adminWithGroup("bookclub", "Book Club");
        communityId = admin.communityId();
        eventId = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(20)), 5, 0))
                .event().id();
    }

    @Test
    void anyUpdateOfTheEventGivesANewVersion() {
        long before = version();
        kit.jdbc.update("update event set title = 'Renamed' where id = ?", eventId);

        assertThat(version()).isGreaterThan(before);
    }

    @Test
    void anRsvpWrittenOrDeletedByAnyPathGivesANewVersion() {
        long member = kit.member("Ada").memberId();
        long before = version();
        kit.rsvps.saveAll(List.of(new Rsvp(eventId, member, Answer.MAYBE, 0, RsvpState.NONE, null,
                kit.clock.instant())));
        long written = version();
        kit.jdbc.update("delete from member where id = ?", member);

        assertThat(written).isGreaterThan(before);
        assertThat(version()).isGreaterThan(written);
    }

    @Test
    void aBatchWrittenAtTheCurrentVersionGivesTheVersionItReturns() {
        long member = kit.member("Ada").memberId();

        long after = batches.writeIfAt(eventId, version(), communityId, 1, List.of(member),
                List.of(going(member)), kit.clock.instant()).orElseThrow();

        assertThat(version()).isEqualTo(after);
        assertThat(kit.rsvps.find(eventId, member)).isPresent();
    }

    @Test
    void aBatchDecidedAtAnOlderVersionWritesNothing() {
        long member = kit.member("Ada").memberId();
        long decidedAt = version();
        kit.jdbc.update("update event set capacity = 1 where id = ?", eventId);

        assertThat(batches.writeIfAt(eventId, decidedAt, communityId, 1, List.of(member), List.of(going(member)),
                kit.clock.instant())).isEmpty();

        assertThat(kit.rsvps.find(eventId, member)).isEmpty();
        assertThat(kit.jdbc.one("select count(*) from group_membership where member_id = ?", row -> row.getInt(1),
                member)).contains(0);
        assertThat(kit.events.byId(eventId).orElseThrow().seatsTaken()).isZero();
    }

    @Test
    void aBatchForAGroupOfAnotherCommunityWritesNothing() {
        long member = kit.member("Ada").memberId();

        assertThat(batches.writeIfAt(eventId, version(), communityId + 1_000, 1, List.of(member),
                List.of(going(member)), kit.clock.instant())).isEmpty();

        assertThat(kit.rsvps.find(eventId, member)).isEmpty();
    }

    private Rsvp going(long member) {
        Instant now = kit.clock.instant();
        return new Rsvp(eventId, member, Answer.GOING, 0, RsvpState.CONFIRMED, null, now);
    }

    private long version() {
        return kit.jdbc.one("select ledger_version from event where id = ?", row -> row.getLong(1), eventId)
                .orElseThrow();
    }
}
