package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.programme.PublicPaths;
import org.convene.core.store.CacheInvalidations;
import org.convene.core.store.HotReads;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.ManualTicker;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.convene.http.AnswerCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public pages and feeds served from one answer cache, cleared by every write of any instance. */
class CachedPublicFaceTest {

    private PageKit pages;
    private CoreKit kit;
    private Actor admin;
    private String key;
    private Event event;
    private final ManualTicker ticker = new ManualTicker();
    private final AnswerCache answers = new AnswerCache(ticker, 100, Duration.ofSeconds(60));

    @BeforeEach
    void setUp() throws Exception {
        pages = new PageKit();
        kit = pages.core;
        admin = pages.admin;
        key = pages.key;
        event = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(3)), 25, 0))
                .event();
    }

    @AfterEach
    void tearDown() {
        pages.close();
    }

    /** Serves the pages and feeds of {@link #kit}'s database from {@link #answers}, cleared with {@code reads}. */
    private void serve(HotReads reads) throws Exception {
        reads.alsoClear(answers::clear);
        pages.serve(answers::cached);
    }

    @Test
    void aSecondRequestForAPageOrFeedIsServedWithoutADatabaseQuery() throws Exception {
        serve(kit.hotReads);
        String[] paths = {PublicPaths.community(key), PublicPaths.event(key, event.id()),
            PublicPaths.communityCalendar(key), PublicPaths.groupCalendar(key, "bookclub"),
            PublicPaths.eventsJson(key)};
        for (String path : paths) {
            assertThat(pages.get(path).statusCode()).isEqualTo(200);
        }
        long before = kit.statements.statements();

        for (String path : paths) {
            assertThat(pages.get(path).statusCode()).isEqualTo(200);
        }

        assertThat(kit.statements.statements()).isEqualTo(before);
    }

    @Test
    void aCachedPageAnswers304ToItsOwnETag() throws Exception {
        serve(kit.hotReads);
        HttpResponse<String> first = pages.get(PublicPaths.community(key));
        String tag = first.headers().firstValue("ETag").orElseThrow();
        long before = kit.statements.statements();

        HttpResponse<String> again = pages.get(PublicPaths.community(key), "If-None-Match", tag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(kit.statements.statements()).isEqualTo(before);
    }

    @Test
    void anEditAnRsvpAndMakingTheCommunityPrivateShowOnTheNextRequest() throws Exception {
        serve(kit.hotReads);
        String page = PublicPaths.event(key, event.id());
        assertThat(pages.get(page).body()).contains("25 seats left");

        Actor grace = kit.member("Grace");
        kit.membership.join(grace, "bookclub");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        assertThat(pages.get(page).body()).contains("24 seats left");

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.to("Chapter two"), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), false));
        assertThat(pages.get(page).body()).contains("Chapter two");

        kit.publicFace.setVisibility(admin, false);
        assertThat(pages.get(page).statusCode()).isEqualTo(404);
        assertThat(pages.get(PublicPaths.communityCalendar(key)).statusCode()).isEqualTo(404);
    }

    @Test
    void aWriteOnAnotherInstanceClearsThisInstancesPagesWithinTheNotifyDelay() throws Exception {
        HotReads thisInstance = new HotReads(ticker, 100, Duration.ofSeconds(60));
        serve(thisInstance);
        CountDownLatch cleared = new CountDownLatch(1);
        try (CacheInvalidations invalidations = CacheInvalidations.listen(kit.database.dataSource(), thisInstance,
                cleared::countDown)) {
            assertThat(invalidations.awaitListening(Duration.ofSeconds(20))).isTrue();
            assertThat(pages.get(PublicPaths.community(key)).statusCode()).isEqualTo(200);

            kit.publicFace.setVisibility(admin, false);

            assertThat(cleared.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(pages.get(PublicPaths.community(key)).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aKeptAnswerExpiresAfterSixtySecondsEvenWithoutAWrite() throws Exception {
        serve(new HotReads(ticker, 100, Duration.ofSeconds(60)));
        pages.get(PublicPaths.community(key));
        long before = kit.statements.statements();
        ticker.advance(Duration.ofSeconds(59));
        pages.get(PublicPaths.community(key));
        assertThat(kit.statements.statements()).isEqualTo(before);

        ticker.advance(Duration.ofSeconds(2));
        pages.get(PublicPaths.community(key));

        assertThat(kit.statements.statements()).isGreaterThan(before);
    }

    @Test
    void thePersonalFeedIsNeverKeptSoEachSecretGetsItsOwnMembersFeed() throws Exception {
        serve(kit.hotReads);
        Actor grace = kit.member("Grace");
        Actor olive = kit.member("Olive");
        kit.membership.join(grace, "bookclub");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        String graceFeed = PublicPaths.personalCalendar(kit.personalCalendars.issue(grace).orElseThrow());
        String oliveFeed = PublicPaths.personalCalendar(kit.personalCalendars.issue(olive).orElseThrow());

        HttpResponse<String> graceFirst = pages.get(graceFeed);
        HttpResponse<String> oliveFirst = pages.get(oliveFeed);
        long before = kit.statements.statements();
        HttpResponse<String> graceAgain = pages.get(graceFeed);

        assertThat(graceFirst.body()).contains("UID:event-" + event.id());
        assertThat(oliveFirst.body()).doesNotContain("UID:event-" + event.id());
        assertThat(graceAgain.body()).isEqualTo(graceFirst.body());
        assertThat(kit.statements.statements()).isGreaterThan(before);
    }
}
