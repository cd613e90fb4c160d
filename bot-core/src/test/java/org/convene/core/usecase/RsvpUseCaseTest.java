package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.RsvpState;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RsvpUseCaseTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.adminWithGroup("bookclub", "Book Club");
    private final Instant start = CoreKit.START.plus(Duration.ofDays(3));

    private Event post(Integer capacity, int guests) {
        return kit.postEvent.post(admin, Events.capped("bookclub", start, capacity, guests)).event();
    }

    @Test
    void goingConfirmsASeatAndJoinsTheGroup() {
        Event event = post(25, 1);
        Actor member = kit.member("Grace");

        RsvpUseCase.Result result = kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 1));

        assertThat(result.change().rsvp().state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(2);
        assertThat(kit.groups.isMember(event.groupId(), member.memberId())).isTrue();
    }

    @Test
    void theNextMemberAfterAFullEventIsToldTheirWaitlistPosition() {
        Event event = post(1, 0);
        kit.rsvp.rsvp(kit.member("Grace"), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(kit.member("Linus"), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        RsvpUseCase.Result third = kit.rsvp.rsvp(kit.member("Barbara"),
                new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        assertThat(third.change().rsvp().state()).isEqualTo(RsvpState.WAITLISTED);
        assertThat(third.change().waitlistPosition()).isEqualTo(2);
    }

    @Test
    void anEventShowsEachWaitingMemberTheirOwnPlaceAndTheWaitlistLength() {
        Event event = post(1, 0);
        kit.rsvp.rsvp(kit.member("Grace"), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        Actor linus = kit.member("Linus");
        Actor barbara = kit.member("Barbara");
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(barbara, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.NOT_GOING, 0));
        Actor ada = kit.member("Ada");
        kit.rsvp.rsvp(ada, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        EventDetails details = kit.showEvent.show(ada, event.id());

        assertThat(details.myWaitlistPosition()).isEqualTo(2);
        assertThat(details.waitlistLength()).isEqualTo(2);
        assertThat(kit.showEvent.show(barbara, event.id()).myWaitlistPosition()).isEqualTo(1);
    }

    @Test
    void sayingNoPromotesTheFirstOnTheWaitlist() {
        Event event = post(1, 0);
        Actor grace = kit.member("Grace");
        Actor linus = kit.member("Linus");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linus, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));

        RsvpUseCase.Result result = kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.NOT_GOING, 0));

        assertThat(result.change().promoted()).extracting(rsvp -> rsvp.memberId()).containsExactly(linus.memberId());
        assertThat(kit.rsvps.find(event.id(), linus.memberId()).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void anRsvpAfterTheDeadlineIsRefusedAndChangesNothing() {
        Event event = kit.postEvent.post(admin, new PostEventUseCase.Input("bookclub", "Book club", "", start,
                start.plus(Duration.ofHours(2)), CoreKit.NEW_YORK, null, null, null, 10, 0,
                start.minus(Duration.ofDays(1)), null)).event();
        kit.clock.set(start.minus(Duration.ofHours(2)));
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0)),
                "The RSVP deadline for \"Book club\" has passed; you can still say you are not going, "
                        + "which frees your seat.");
    }

    @Test
    void anRsvpToACancelledEventIsRefusedAndChangesNothing() {
        Event event = post(10, 0);
        kit.cancelEvent.cancel(admin, event.id(), "snow");
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0)),
                "\"Book club\" was cancelled, so it takes no RSVPs.");
    }

    @Test
    void anRsvpToAStartedEventIsRefusedAndChangesNothing() {
        Event event = post(10, 0);
        Actor member = kit.member("Grace");
        kit.clock.set(start.plusSeconds(60));

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0)),
                "\"Book club\" has already started, so RSVPs are closed.");
    }

    @Test
    void moreGuestsThanAllowedAreRefusedAndChangeNothing() {
        Event event = post(10, 1);
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 3)),
                "\"Book club\" allows up to 1 guest per member; you asked for 3.");
    }

    @Test
    void anUnknownEventIsRefusedAndChangesNothing() {
        Actor member = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(member, new RsvpUseCase.Input(999_999, Answer.GOING, 0)),
                "There is no event #999999 here. Type /meetup events to see upcoming events and their numbers.");
    }

    @Test
    void anEventOfAnotherCommunityIsUnknownHere() {
        Event event = post(10, 0);
        Actor stranger = kit.person("other-server", "Mallory", false);

        kit.assertRefusedAndUnchanged(() -> kit.rsvp.rsvp(stranger, new RsvpUseCase.Input(event.id(), Answer.GOING, 0)),
                "There is no event #" + event.id()
                        + " here. Type /meetup events to see upcoming events and their numbers.");
    }

    @Test
    void answeringTwiceKeepsOneRsvp() {
        Event event = post(10, 2);
        Actor member = kit.member("Grace");
        kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 2));

        assertThat(kit.rsvps.forEvent(event.id())).hasSize(1);
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(3);
    }
}
