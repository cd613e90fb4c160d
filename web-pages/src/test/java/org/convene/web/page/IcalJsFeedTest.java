package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Recurrence;
import org.convene.core.programme.PublicPaths;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.PostEventUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group feed and the "Add to calendar" file of a running front, as Mozilla's ical.js reads them. */
class IcalJsFeedTest {

    private PageKit pages;
    private CoreKit kit;
    private Actor admin;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        pages = new PageKit();
        kit = pages.core;
        admin = pages.admin;
        key = pages.key;
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        pages.serve(UnaryOperator.identity());
    }

    @AfterEach
    void tearDown() {
        pages.close();
    }

    private List<Map<String, Object>> groupFeed() throws Exception {
        return IcalJs.events(pages.address(PublicPaths.groupCalendar(key, "bookclub")));
    }

    @Test
    void theUidStaysAcrossAnEditAndACancellationWhileTheSequenceRises() throws Exception {
        Instant start = CoreKit.START.plus(Duration.ofDays(3));
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        Map<String, Object> posted = groupFeed().getFirst();
        kit.clock.advance(Duration.ofMinutes(10));
        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.to("Chapter two"), Change.keep(),
                Change.to(start.plus(Duration.ofHours(1))), Change.to(start.plus(Duration.ofHours(3))),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), false));
        Map<String, Object> edited = groupFeed().getFirst();
        kit.clock.advance(Duration.ofMinutes(10));
        kit.cancelEvent.cancel(admin, event.id(), "Snow");
        Map<String, Object> cancelled = groupFeed().getFirst();

        assertThat(posted).containsEntry("uid", "event-" + event.id() + "@meet.example.org")
                .containsEntry("sequence", 0L).containsEntry("status", "CONFIRMED")
                .containsEntry("start", "2026-11-05T15:00:00.000Z");
        assertThat(edited).containsEntry("uid", posted.get("uid")).containsEntry("sequence", 1L)
                .containsEntry("summary", "Chapter two").containsEntry("start", "2026-11-05T16:00:00.000Z");
        assertThat(cancelled).containsEntry("uid", posted.get("uid")).containsEntry("sequence", 2L)
                .containsEntry("status", "CANCELLED");
        List<Map<String, Object>> single = IcalJs.events(pages.address(PublicPaths.eventCalendar(key, event.id())));
        assertThat(single).singleElement().satisfies(file -> assertThat(file)
                .containsEntry("uid", posted.get("uid")).containsEntry("sequence", 2L)
                .containsEntry("status", "CANCELLED"));
    }

    @Test
    void aBiweeklySeriesKeepsSixPmInNewYorkAcrossTheSpringDaylightSavingChange() throws Exception {
        Instant first = ZonedDateTime.of(2027, 2, 25, 18, 0, 0, 0, CoreKit.NEW_YORK).toInstant();
        kit.postEvent.post(admin, new PostEventUseCase.Input("bookclub", "Community chat", "", first,
                first.plus(Duration.ofHours(1)), CoreKit.NEW_YORK, null, "https://video.example.org/chat", null,
                null, 0, null, Recurrence.BIWEEKLY));

        List<Map<String, Object>> occurrences = groupFeed();

        assertThat(occurrences).hasSizeGreaterThanOrEqualTo(3);
        assertThat(occurrences.subList(0, 3)).extracting(occurrence -> occurrence.get("start")).containsExactly(
                "2027-02-25T23:00:00.000Z", "2027-03-11T23:00:00.000Z", "2027-03-25T22:00:00.000Z");
        assertThat(occurrences).extracting(occurrence -> occurrence.get("startZone"))
                .containsOnly("America/New_York");
        assertThat(occurrences).extracting(occurrence -> occurrence.get("uid")).doesNotHaveDuplicates();
    }
}
