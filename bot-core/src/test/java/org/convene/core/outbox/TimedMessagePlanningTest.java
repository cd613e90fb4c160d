package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The planner plans what became due since its mark, so a tick at rest costs a few statements however much is
 * upcoming; what a change makes due behind the mark is planned by the change, at once; and every due message exists
 * once however many instances plan.
 */
class TimedMessagePlanningTest {

    private static final String LINK = "https://video.example.org/secret-room";

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final OutboxWorker worker = kit.worker("test");
    private final Actor admin = kit.bookClubAnnouncingIn(GENERAL);
    private final Actor grace = kit.member("Grace");
    private final Actor linus = kit.member("Linus");
    private final Instant start = kit.clock.instant().plus(Duration.ofDays(5));

    private Event post(Integer capacity) {
        return kit.postEvent.post(admin, Events.capped("bookclub", start, capacity, 0)).event();
    }

    private void answer(Actor who, Event event, Answer answer) {
        kit.rsvp.rsvp(who, new RsvpUseCase.Input(event.id(), answer, 0));
    }

    /** What the workers send without the planner running in between. */
    private List<Delivery> sentWithoutPlanning() {
        int before = kit.console.deliveries().size();
        worker.drain();
        List<Delivery> all = kit.console.deliveries();
        return all.subList(before, all.size());
    }

    private static List<String> linksTo(List<Delivery> deliveries) {
        return deliveries.stream().filter(delivery -> delivery.message().plain().contains("Your link for"))
                .map(delivery -> ((Target.Direct) delivery.target()).userId()).sorted().toList();
    }

    private int count(String kind) {
        return kit.jdbc.one("select count(*) from outbox where kind = ?", row -> row.getInt(1), kind).orElseThrow();
    }

    @Test
    void aPlannerTickAtRestCostsTheSameFewStatementsHoweverManyAttendeesAreInsideTheWindow() {
        for (int index = 0; index < 3; index++) {
            Event event = post(null);
            for (int member = 0; member < 30; member++) {
                answer(kit.member("Member " + member), event, Answer.GOING);
            }
        }
        kit.clock.set(start.minus(Duration.ofHours(23)));
        kit.planner.plan();
        assertThat(count("PRIVATE_LINK")).isEqualTo(90);

        kit.clock.advance(Duration.ofSeconds(1));
        long before = kit.statements.statements();
        kit.planner.plan();

        assertThat(kit.statements.statements() - before).isLessThanOrEqualTo(5);
        assertThat(count("PRIVATE_LINK")).isEqualTo(90);
    }

    @Test
    void aMemberConfirmedInsideTheRevealWindowGetsTheLinkAtOnce() {
        Event event = post(null);
        answer(grace, event, Answer.GOING);
        kit.clock.set(start.minus(Duration.ofHours(23)));
        kit.planner.plan();
        assertThat(linksTo(sentWithoutPlanning())).containsExactly("grace");

        answer(linus, event, Answer.GOING);

        assertThat(linksTo(sentWithoutPlanning())).containsExactly("linus");
    }

    @Test
    void aMemberPromotedInsideTheRevealWindowGetsTheLinkAtOnce() {
        Event event = post(1);
        answer(grace, event, Answer.GOING);
        answer(linus, event, Answer.GOING);
        kit.clock.set(start.minus(Duration.ofHours(23)));
        kit.planner.plan();
        assertThat(linksTo(sentWithoutPlanning())).containsExactly("grace");

        answer(grace, event, Answer.NOT_GOING);

        assertThat(linksTo(sentWithoutPlanning())).containsExactly("linus");
    }

    @Test
    void aMemberWhoGaveUpTheirSeatOrWaitsGetsNoLink() {
        Event event = post(1);
        answer(grace, event, Answer.GOING);
        answer(linus, event, Answer.GOING);
        Actor barbara = kit.member("Barbara");
        answer(barbara, event, Answer.GOING);
        answer(barbara, event, Answer.NOT_GOING);
        kit.clock.set(start.minus(Duration.ofHours(23)));
        kit.planner.plan();

        assertThat(linksTo(sentWithoutPlanning())).containsExactly("grace");
        assertThat(count("PRIVATE_LINK")).isEqualTo(1);
    }

    @Test
    void anEventMovedIntoItsWindowsGetsItsLinkAndReminderAtOnce() {
        Event event = post(null);
        answer(grace, event, Answer.GOING);
        kit.clock.advance(Duration.ofDays(2));
        kit.planner.plan();
        sentWithoutPlanning();

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.keep(), Change.keep(),
                Change.to(kit.clock.instant().plus(Duration.ofMinutes(50))), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep()));
        List<Delivery> sent = sentWithoutPlanning();

        assertThat(linksTo(sent)).containsExactly("grace");
        assertThat(sent).anySatisfy(delivery -> assertThat(delivery.message().plain()).startsWith("Starting soon"));
    }

    @Test
    void aLongerLinkLeadRevealsTheLinkAtOnce() {
        Event event = post(null);
        answer(grace, event, Answer.GOING);
        kit.planner.plan();
        sentWithoutPlanning();

        kit.commands.runText(kit.caller("Ada Admin", true), "/meetup reminders link=144h", CommandParser.plain());

        assertThat(linksTo(sentWithoutPlanning())).containsExactly("grace");
    }

    @Test
    void everyDueMessageExistsOnceWhenThreeInstancesPlanAtOnce() throws Exception {
        List<TimedMessagePlanner> planners = List.of(kit.planner, kit.anotherPlanner(), kit.anotherPlanner());
        Event capped = post(1);
        answer(grace, capped, Answer.GOING);
        answer(linus, capped, Answer.GOING);
        Event open = post(null);
        answer(grace, open, Answer.GOING);
        answer(linus, open, Answer.GOING);
        answer(kit.member("Barbara"), open, Answer.MAYBE);
        ExecutorService instances = Executors.newFixedThreadPool(planners.size());
        try {
            for (Instant now = kit.clock.instant(); now.isBefore(start); now = now.plus(Duration.ofMinutes(20))) {
                kit.clock.set(now);
                List<Callable<Void>> ticks = new ArrayList<>();
                planners.forEach(planner -> ticks.add(() -> {
                    planner.plan();
                    return null;
                }));
                for (Future<Void> tick : instances.invokeAll(ticks, 30, TimeUnit.SECONDS)) {
                    tick.get();
                }
            }
        } finally {
            instances.shutdown();
        }

        assertThat(count("PRIVATE_LINK")).isEqualTo(3);
        assertThat(count("MEMBER_REMINDER")).isEqualTo(3);
        assertThat(count("CHANNEL_REMINDER")).isEqualTo(2);
        worker.drain();
        assertThat(linksTo(kit.console.deliveries())).containsExactly("grace", "grace", "linus");
    }
}
