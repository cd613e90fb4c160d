package org.convene.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.feeds.FeedKit.events;
import static org.convene.feeds.FeedKit.property;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.programme.PublicPaths;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalFeedTest {

    private FeedKit kit;
    private Instant start;

    @BeforeEach
    void setUp() throws Exception {
        kit = new FeedKit();
        start = CoreKit.START.plus(Duration.ofDays(3));
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private String feedOf(Actor actor) {
        return PublicPaths.personalCalendar(kit.personal.issue(actor).orElseThrow());
    }

    private void answer(Actor actor, Event event, Answer answer) {
        kit.core.rsvp.rsvp(actor, new RsvpUseCase.Input(event.id(), answer, 0));
    }

    @Test
    void aConfirmedAttendeeGetsThePrivateLinkOnlyInsideTheRevealWindow() throws Exception {
        Event event = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0)).event();
        Actor grace = kit.core.member("Grace");
        answer(grace, event, Answer.GOING);
        String feed = feedOf(grace);

        HttpResponse<String> early = kit.get(feed);
        kit.core.clock.set(start.minus(Duration.ofHours(23)));
        HttpResponse<String> inside = kit.get(feed);

        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).doesNotContain("secret-room");
        VEvent entry = events(inside.body()).getFirst();
        assertThat(property(entry, "DESCRIPTION")).startsWith("You are going.\n"
                + "Your link to join: https://video.example.org/secret-room");
        assertThat(property(entry, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(entry, "UID")).isEqualTo("event-" + event.id() + "@meet.example.org");
        assertThat(inside.headers().firstValue("Cache-Control")).hasValue("private, max-age=0, must-revalidate");
        assertThat(inside.headers().firstValue("ETag")).isPresent().get()
                .isNotEqualTo(early.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void waitlistedAndMaybeAnswersAreTentativeAndNeverCarryTheLinkWhileNoIsLeftOut() throws Exception {
        Event event = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 1, 0)).event();
        Event other = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start.plus(Duration.ofDays(1)),
                5, 0)).event();
        answer(kit.core.member("Ada"), event, Answer.GOING);
        Actor grace = kit.core.member("Grace");
        answer(grace, event, Answer.GOING);
        answer(grace, other, Answer.NOT_GOING);
        Actor max = kit.core.member("Max");
        answer(max, event, Answer.MAYBE);
        kit.core.clock.set(start.minus(Duration.ofHours(1)));

        java.util.List<VEvent> graceFeed = events(kit.get(feedOf(grace)).body());
        String maxFeed = kit.get(feedOf(max)).body();

        assertThat(graceFeed).hasSize(1);
        VEvent waitlisted = graceFeed.getFirst();
        assertThat(property(waitlisted, "SUMMARY")).isEqualTo("Book club (waitlisted)");
        assertThat(property(waitlisted, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(property(waitlisted, "DESCRIPTION")).doesNotContain("secret-room");
        assertThat(events(maxFeed)).singleElement().satisfies(maybe -> {
            assertThat(property(maybe, "SUMMARY")).isEqualTo("Book club (maybe)");
            assertThat(property(maybe, "STATUS")).isEqualTo("TENTATIVE");
        });
        assertThat(maxFeed).doesNotContain("secret-room");
    }

    @Test
    void aResetRevokesTheOldAddressAndAskingAgainGivesNoSecondOne() throws Exception {
        Actor grace = kit.core.member("Grace");
        String old = PublicPaths.personalCalendar(kit.personal.issue(grace).orElseThrow());
        assertThat(kit.personal.issue(grace)).isEmpty();
        assertThat(kit.get(old).statusCode()).isEqualTo(200);

        String renewed = PublicPaths.personalCalendar(kit.personal.reset(grace));

        assertThat(kit.get(old).statusCode()).isEqualTo(404);
        assertThat(kit.get(renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedSecretIsAnswered404() throws Exception {
        kit.personal.issue(kit.core.member("Grace"));

        assertThat(kit.get("/calendar/" + "a".repeat(64) + ".ics").statusCode()).isEqualTo(404);
        assertThat(kit.get("/calendar/short.ics").statusCode()).isEqualTo(404);
        assertThat(kit.get("/calendar/.ics").statusCode()).isEqualTo(404);
    }
}
