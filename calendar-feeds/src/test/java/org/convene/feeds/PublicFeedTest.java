package org.convene.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.feeds.FeedKit.events;
import static org.convene.feeds.FeedKit.property;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.programme.PublicPaths;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.PostEventUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicFeedTest {

    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

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

    private String communityFeed() {
        return PublicPaths.communityCalendar(kit.key);
    }

    @Test
    void theUidStaysAcrossEditsWhileTheSequenceRises() throws Exception {
        Event event = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0)).event();
        VEvent before = events(kit.get(communityFeed()).body()).getFirst();
        kit.core.clock.advance(Duration.ofMinutes(10));

        kit.core.editEvent.edit(kit.admin, new EditEventUseCase.Input(event.id(), Change.to("Chapter two"),
                Change.keep(), Change.to(start.plus(Duration.ofHours(1))), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep()));
        HttpResponse<String> after = kit.get(communityFeed());

        VEvent edited = events(after.body()).getFirst();
        assertThat(after.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(property(before, "UID")).isEqualTo("event-" + event.id() + "@meet.example.org");
        assertThat(property(edited, "UID")).isEqualTo(property(before, "UID"));
        assertThat(property(before, "SEQUENCE")).isEqualTo("0");
        assertThat(property(edited, "SEQUENCE")).isEqualTo("1");
        assertThat(property(edited, "SUMMARY")).isEqualTo("Chapter two");
        assertThat(property(edited, "LAST-MODIFIED")).isEqualTo("20261102T151000Z");
        assertThat(property(edited, "URL")).isEqualTo("https://meet.example.org/c/" + kit.key + "/e/" + event.id());
        assertThat(property(edited, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(edited, "LOCATION")).isEqualTo("Room 4");
    }

    @Test
    void aCancelledEventStaysInTheFeedWithStatusCancelled() throws Exception {
        Event event = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0)).event();

        kit.core.cancelEvent.cancel(kit.admin, event.id(), "The library is closed for snow");

        VEvent cancelled = events(kit.get(communityFeed()).body()).getFirst();
        assertThat(property(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(cancelled, "SEQUENCE")).isEqualTo("1");
        assertThat(property(cancelled, "DESCRIPTION")).startsWith("Cancelled: The library is closed for snow");
    }

    @Test
    void aBiweeklySeriesKeepsItsLocalTimeAcrossTheSpringDaylightSavingChange() throws Exception {
        Instant first = ZonedDateTime.of(2027, 2, 25, 18, 0, 0, 0, CoreKit.NEW_YORK).toInstant();
        kit.core.postEvent.post(kit.admin, new PostEventUseCase.Input("bookclub", "Community chat", "", first,
                first.plus(Duration.ofHours(1)), CoreKit.NEW_YORK, null, "https://video.example.org/chat", null,
                null, 0, null, Recurrence.BIWEEKLY));

        String body = kit.get(communityFeed()).body();

        assertThat(FeedKit.parse(body).<VTimeZone>getComponents("VTIMEZONE"))
                .extracting(zone -> zone.getTimeZoneId().getValue()).containsExactly("America/New_York");
        List<VEvent> occurrences = events(body);
        assertThat(occurrences).hasSizeGreaterThanOrEqualTo(3).allSatisfy(event -> assertThat(
                event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York"));
        List<Instant> starts = occurrences.stream().map(event -> LocalDateTime.parse(property(event, "DTSTART"),
                ICAL_LOCAL).atZone(CoreKit.NEW_YORK).toInstant()).toList();
        assertThat(starts.subList(0, 3)).containsExactly(Instant.parse("2027-02-25T23:00:00Z"),
                Instant.parse("2027-03-11T23:00:00Z"), Instant.parse("2027-03-25T22:00:00Z"));
        assertThat(occurrences).extracting(event -> property(event, "DTSTART"))
                .allMatch(local -> local.endsWith("T180000"));
    }

    @Test
    void theFeedCarriesAStrongEtagAndLastModifiedAndAnswers304ToAClientThatHoldsIt() throws Exception {
        Event event = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0)).event();
        HttpResponse<String> first = kit.get(communityFeed());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = kit.get(communityFeed(), "If-None-Match", tag);
        HttpResponse<String> since = kit.get(communityFeed(), "If-Modified-Since", modified);
        kit.core.clock.advance(Duration.ofMinutes(1));
        kit.core.cancelEvent.cancel(kit.admin, event.id(), null);
        HttpResponse<String> changed = kit.get(communityFeed(), "If-None-Match", tag);

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(modified).isEqualTo("Mon, 02 Nov 2026 15:00:00 GMT");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(since.statusCode()).isEqualTo(304);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(kit.get(communityFeed()).body()).isEqualTo(changed.body());
    }

    @Test
    void aPrivateCommunityAnswers404ForItsFeedsAndList() throws Exception {
        kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0));
        assertThat(kit.get(communityFeed()).statusCode()).isEqualTo(200);

        kit.publicFace.setVisibility(kit.admin, false);

        assertThat(kit.get(communityFeed()).statusCode()).isEqualTo(404);
        assertThat(kit.get(PublicPaths.groupCalendar(kit.key, "bookclub")).statusCode()).isEqualTo(404);
        assertThat(kit.get(PublicPaths.eventsJson(kit.key)).statusCode()).isEqualTo(404);
    }

    @Test
    void thePrivateLinkAndAnUnlistedOrganizerNeverReachTheFeedsOrTheList() throws Exception {
        kit.core.member("Olive Organizer");
        kit.core.organizers.add(kit.admin, "bookclub", new MemberRef.ByName("Olive Organizer"));
        kit.core.member("Lena Listed");
        kit.core.organizers.add(kit.admin, "bookclub", new MemberRef.ByName("Lena Listed"));
        kit.publicFace.setListed(kit.core.member("Lena Listed"), true);
        kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0));
        kit.core.clock.set(start.minus(Duration.ofHours(1)));

        String everything = kit.get(communityFeed()).body()
                + kit.get(PublicPaths.groupCalendar(kit.key, "bookclub")).body()
                + kit.get(PublicPaths.eventsJson(kit.key)).body();

        assertThat(everything).contains("Book club").contains("Lena Listed")
                .doesNotContain("secret-room").doesNotContain("Olive");
    }

    @Test
    void aGroupFeedHoldsOnlyThatGroupsEventsAndAnUnknownGroupIs404() throws Exception {
        kit.core.createGroup.create(kit.admin, new org.convene.core.usecase.CreateGroupUseCase.Input("a11y",
                "Accessibility", ""));
        Event bookClub = kit.core.postEvent.post(kit.admin, Events.capped("bookclub", start, 25, 0)).event();
        kit.core.postEvent.post(kit.admin, Events.capped("a11y", start, 10, 0));

        List<VEvent> feed = events(kit.get(PublicPaths.groupCalendar(kit.key, "bookclub")).body());

        assertThat(feed).extracting(event -> property(event, "UID"))
                .containsExactly("event-" + bookClub.id() + "@meet.example.org");
        assertThat(events(kit.get(communityFeed()).body())).hasSize(2);
        assertThat(kit.get(PublicPaths.groupCalendar(kit.key, "nope")).statusCode()).isEqualTo(404);
        assertThat(kit.get("/c/unknownkey/calendar.ics").statusCode()).isEqualTo(404);
    }
}
