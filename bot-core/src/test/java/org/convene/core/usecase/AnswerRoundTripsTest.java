package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.port.GroupRepository;
import org.convene.core.store.AnnouncingRsvps;
import org.convene.core.store.CachingGroupRepository;
import org.convene.core.store.HotReads;
import org.convene.core.store.JdbcAnswerBatches;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcSeatMoves;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.ManualTicker;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an answer costs the database: an answer alone, far from its event's reminders, is its read and one call; a
 * batch of answers is two round trips, the second carrying the commit. Telling the other instances comes after,
 * off the answer's path.
 */
class AnswerRoundTripsTest {

    private final List<Runnable> announcements = new ArrayList<>();
    @AutoClose
    private final CoreKit kit = new CoreKit();
    private HotReads reads;
    private long eventId;

    @BeforeEach
    void setUp() {
        Actor admin = kit.adminWithGroup("bookclub", "Book Club");
        eventId = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(20)), 50, 2))
                .event().id();
        reads = new HotReads(new ManualTicker(), 100, Duration.ofSeconds(30), announcements::add);
    }

    @Test
    void anAnswerAloneFarFromTheRemindersTakesItsReadAndOneCall() {
        RsvpUseCase rsvp = answering();
        rsvp.rsvp(kit.member("Ada"), new RsvpUseCase.Input(eventId, Answer.GOING, 0));
        Actor grace = kit.member("Grace");
        announcements.forEach(Runnable::run);
        announcements.clear();

        long before = kit.statements.statements();
        rsvp.rsvp(grace, new RsvpUseCase.Input(eventId, Answer.GOING, 1));

        assertThat(kit.statements.statements() - before).isEqualTo(2);
        assertThat(announcements).as("one announcement, sent after the answer").hasSize(1);
    }

    @Test
    void aBatchOfAnswersTakesTwoRoundTripsTheSecondWithTheCommit() {
        CombinedAnswers combined = new CombinedAnswers(kit.jdbc, AnnouncingRsvps.answerBatches(
                new JdbcAnswerBatches(kit.jdbc), reads, kit.jdbc), new RememberedLedgers(), kit.groups, kit.notices,
                kit.waitlistRules, kit.clock);
        List<AnswerCombiner.Ask> asks = List.of(ask("Ada", Answer.GOING), ask("Grace", Answer.MAYBE),
                ask("Edith", Answer.NOT_GOING));

        long before = kit.statements.statements();
        List<AnswerCombiner.Outcome> outcomes = combined.apply(eventId, asks, () -> { });

        assertThat(kit.statements.statements() - before).as("the commit goes with the second").isEqualTo(2);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refusal()).isNull());
        assertThat(kit.events.byId(eventId).orElseThrow().seatsTaken()).isEqualTo(1);
        assertThat(announcements).hasSize(1);
    }

    private AnswerCombiner.Ask ask(String name, Answer answer) {
        return new AnswerCombiner.Ask(kit.member(name), new RsvpUseCase.Input(eventId, answer, 0));
    }

    /** The kit's answering stack over its own caches, whose announcements wait here until run. */
    private RsvpUseCase answering() {
        GroupRepository groups = new CachingGroupRepository(new JdbcGroupRepository(kit.jdbc), reads, kit.jdbc);
        Lookups lookups = new Lookups(groups, kit.events);
        var moves = AnnouncingRsvps.seatMoves(new JdbcSeatMoves(kit.jdbc), reads, kit.jdbc);
        SeatKeeper seats = new SeatKeeper(kit.events, kit.rsvps, moves, kit.notices, kit.waitlistRules, kit.clock);
        return new RsvpUseCase(kit.jdbc, groups, moves, lookups, seats, kit.plans, new CombinedAnswers(kit.jdbc,
                AnnouncingRsvps.answerBatches(new JdbcAnswerBatches(kit.jdbc), reads, kit.jdbc),
                new RememberedLedgers(), groups, kit.notices, kit.waitlistRules, kit.clock), new AnswerCombiner(),
                kit.clock);
    }
}
