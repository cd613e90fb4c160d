package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Recurrence;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.programme.PublicPaths;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.JdbcCalendarSecretRepository;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.PostEventUseCase;
import org.convene.feeds.EventCalendars;
import org.convene.feeds.FeedRoutes;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group feed and the "Add to calendar" file of a running front, as Mozilla's ical.js reads them. */
class IcalJsFeedTest {

    private CoreKit kit;
    private Actor admin;
    private HttpFront front;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        kit = new CoreKit();
        admin = kit.admin();
        JdbcProgrammeRepository repository = new JdbcProgrammeRepository(kit.jdbc);
        PublicProgramme programme = new PublicProgramme(repository, kit.clock);
        PublicAddresses addresses = new PublicAddresses("https://meet.example.org");
        PersonalCalendarUseCase personal = new PersonalCalendarUseCase(kit.jdbc,
                new JdbcCalendarSecretRepository(kit.jdbc), repository, kit.members, kit.communities, kit.events,
                kit.rsvps, kit.clock);
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        key = new PublicFaceUseCase(repository, kit.access).visibility(admin).key();
        front = new FeedRoutes(programme, personal, addresses).mount(new PublicPageRoutes(
                new ProgrammePageSource(programme, new EventCalendars(addresses)), new PageRenderer(),
                "https://meet.example.org").mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0))));
        front.start();
    }

    @AfterEach
    void tearDown() {
        if (front != null) {
            front.stop();
        }
        kit.close();
    }

    private List<Map<String, Object>> groupFeed() throws Exception {
        return IcalJs.events("http://127.0.0.1:" + front.port() + PublicPaths.groupCalendar(key, "bookclub"));
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
        List<Map<String, Object>> single = IcalJs.events("http://127.0.0.1:" + front.port()
                + PublicPaths.eventCalendar(key, event.id()));
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
