package org.convene.core.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.Duration;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Button;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.MemberRef;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the outbox says about talks: organizers hear of each offer once, presenters of each decision and their link. */
class TalkMessagesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private OutboxWorker worker;
    private Actor admin;
    private Actor grace;
    private Actor linus;

    @BeforeEach
    void setUp() {
        worker = kit.worker("test");
        admin = kit.bookClubAnnouncingIn(GENERAL);
        kit.member("Olive");
        kit.member("Otto");
        kit.organizers.add(admin, "bookclub", new MemberRef.ByName("Olive"));
        kit.organizers.add(admin, "bookclub", new MemberRef.ByName("Otto"));
        grace = kit.member("Grace");
        linus = kit.member("Linus");
    }

    private Event eventIn(Duration fromNow, boolean autoAccept) {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", kit.clock.instant().plus(fromNow), 10, 0))
                .event();
        kit.talkCalls.open(admin, new TalkCallUseCase.Input(event.id(), 3, 15, List.of(), null, autoAccept));
        return event;
    }

    private List<Delivery> deliver() {
        int before = kit.console.deliveries().size();
        kit.planner.plan();
        worker.drain();
        List<Delivery> all = kit.console.deliveries();
        return List.copyOf(all.subList(before, all.size()));
    }

    private static List<Delivery> directTo(List<Delivery> deliveries, String userId) {
        return deliveries.stream().filter(delivery -> delivery.target() instanceof Target.Direct direct
                && direct.userId().equals(userId)).toList();
    }

    @Test
    void organizersGetOneDirectMessagePerOfferWithAcceptAndDeclineButtons() {
        Event event = eventIn(Duration.ofDays(5), false);
        deliver();
        TalkOffer first = kit.talkOffers.offer(grace, new TalkOfferUseCase.Input(event.id(), 1, "Zines", "")).offer();
        kit.talkOffers.offer(linus, new TalkOfferUseCase.Input(event.id(), 2, "Robots", "Shelf reading"));

        List<Delivery> sent = deliver();
        assertThat(deliver()).isEmpty();

        assertThat(directTo(sent, "olive")).hasSize(2);
        assertThat(directTo(sent, "otto")).hasSize(2);
        assertThat(directTo(sent, "grace")).isEmpty();
        assertThat(directTo(sent, "olive")).anySatisfy(aboutFirst -> assertThat(
                aboutFirst.message().cards().getFirst().buttons()).extracting(Button::command)
                .containsExactly("talk accept " + first.id(), "talk decline " + first.id()));
        assertThat(kit.jdbc.one("select count(*) from outbox where kind = 'TALK_OFFERED'", row -> row.getInt(1)))
                .contains(4);
    }

    @Test
    void anOfferSettledBeforeItsMessageGoesOutIsShownWithoutButtons() {
        Event event = eventIn(Duration.ofDays(5), false);
        TalkOffer offer = kit.talkOffers.offer(grace, new TalkOfferUseCase.Input(event.id(), 1, "Zines", "")).offer();
        kit.talkOffers.accept(admin, offer.id());

        List<Delivery> sent = deliver();

        assertThat(directTo(sent, "olive")).singleElement()
                .satisfies(delivery -> assertThat(delivery.message().cards().getFirst().buttons()).isEmpty());
        assertThat(directTo(sent, "grace")).singleElement().satisfies(delivery -> assertThat(
                delivery.message().text().plain()).startsWith("Your talk \u201CZines\u201D is accepted for Slot 1"));
    }

    @Test
    void aPresenterAcceptedInsideTheRevealWindowGetsThePrivateLinkLikeAnyConfirmedAttendee() {
        Event event = eventIn(Duration.ofHours(12), true);
        deliver();

        kit.talkOffers.offer(grace, new TalkOfferUseCase.Input(event.id(), null, "Zines", ""));
        List<Delivery> sent = deliver();

        assertThat(directTo(sent, "grace")).anySatisfy(delivery -> assertThat(delivery.message().text().plain())
                .contains("https://video.example.org/secret-room"));
        assertThat(sent).noneMatch(delivery -> delivery.target() instanceof Target.Channel
                && delivery.message().text().plain().contains("secret-room"));
    }
}
