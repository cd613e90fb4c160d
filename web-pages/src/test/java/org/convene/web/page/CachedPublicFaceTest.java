package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.convene.feeds.EventCalendars;
import org.convene.feeds.FeedRoutes;
import org.convene.http.AnswerCache;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public pages and feeds served from one answer cache, cleared by every write of any instance. */
class CachedPublicFaceTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private CoreKit kit;
    private Actor admin;
    private String key;
    private Event event;
    private final ManualTicker ticker = new ManualTicker();
    private final AnswerCache answers = new AnswerCache(ticker, 100, Duration.ofSeconds(60));
    private HttpFront front;

    @BeforeEach
    void setUp() throws Exception {
        kit = new CoreKit();
        admin = kit.admin();
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        key = kit.publicFace.visibility(admin).key();
        event = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(3)), 25, 0))
                .event();
    }

    @AfterEach
    void tearDown() {
        if (front != null) {
            front.stop();
        }
        kit.close();
    }

    /** Serves the pages and feeds of {@link #kit}'s database from {@link #answers}, cleared with {@code reads}. */
    private void serve(HotReads reads) throws Exception {
        reads.alsoClear(answers::clear);
        front = new FeedRoutes(kit.programme, kit.personalCalendars, kit.addresses, answers::cached).mount(
                new PublicPageRoutes(new ProgrammePageSource(kit.programme, new EventCalendars(kit.addresses)),
                        new PageRenderer(), CoreKit.PUBLIC_URL, answers::cached)
                        .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0))));
        front.start();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSecondRequestForAPageOrFeedIsServedWithoutADatabaseQuery() throws Exception {
        serve(kit.hotReads);
        String[] paths = {PublicPaths.community(key), PublicPaths.event(key, event.id()),
            PublicPaths.communityCalendar(key), PublicPaths.groupCalendar(key, "bookclub"),
            PublicPaths.eventsJson(key)};
        for (String path : paths) {
            assertThat(get(path).statusCode()).isEqualTo(200);
        }
        long before = kit.statements.statements();

        for (String path : paths) {
            assertThat(get(path).statusCode()).isEqualTo(200);
        }

        assertThat(kit.statements.statements()).isEqualTo(before);
    }

    @Test
    void aCachedPageAnswers304ToItsOwnETag() throws Exception {
        serve(kit.hotReads);
        HttpResponse<String> first = get(PublicPaths.community(key));
        String tag = first.headers().firstValue("ETag").orElseThrow();
        long before = kit.statements.statements();

        HttpResponse<String> again = get(PublicPaths.community(key), "If-None-Match", tag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(kit.statements.statements()).isEqualTo(before);
    }

    @Test
    void anEditAnRsvpAndMakingTheCommunityPrivateShowOnTheNextRequest() throws Exception {
        serve(kit.hotReads);
        String page = PublicPaths.event(key, event.id());
        assertThat(get(page).body()).contains("25 seats left");

        Actor grace = kit.member("Grace");
        kit.membership.join(grace, "bookclub");
        kit.rsvp.rsvp(grace, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        assertThat(get(page).body()).contains("24 seats left");

        kit.editEvent.edit(admin, new EditEventUseCase.Input(event.id(), Change.to("Chapter two"), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), false));
        assertThat(get(page).body()).contains("Chapter two");

        kit.publicFace.setVisibility(admin, false);
        assertThat(get(page).statusCode()).isEqualTo(404);
        assertThat(get(PublicPaths.communityCalendar(key)).statusCode()).isEqualTo(404);
    }

    @Test
    void aWriteOnAnotherInstanceClearsThisInstancesPagesWithinTheNotifyDelay() throws Exception {
        HotReads thisInstance = new HotReads(ticker, 100, Duration.ofSeconds(60));
        serve(thisInstance);
        CountDownLatch cleared = new CountDownLatch(1);
        try (CacheInvalidations invalidations = CacheInvalidations.listen(kit.database.dataSource(), thisInstance,
                cleared::countDown)) {
            assertThat(invalidations.awaitListening(Duration.ofSeconds(20))).isTrue();
            assertThat(get(PublicPaths.community(key)).statusCode()).isEqualTo(200);

            kit.publicFace.setVisibility(admin, false);

            assertThat(cleared.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(get(PublicPaths.community(key)).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aKeptAnswerExpiresAfterSixtySecondsEvenWithoutAWrite() throws Exception {
        serve(new HotReads(ticker, 100, Duration.ofSeconds(60)));
        get(PublicPaths.community(key));
        long before = kit.statements.statements();
        ticker.advance(Duration.ofSeconds(59));
        get(PublicPaths.community(key));
        assertThat(kit.statements.statements()).isEqualTo(before);

        ticker.advance(Duration.ofSeconds(2));
        get(PublicPaths.community(key));

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

        HttpResponse<String> graceFirst = get(graceFeed);
        HttpResponse<String> oliveFirst = get(oliveFeed);
        long before = kit.statements.statements();
        HttpResponse<String> graceAgain = get(graceFeed);

        assertThat(graceFirst.body()).contains("UID:event-" + event.id());
        assertThat(oliveFirst.body()).doesNotContain("UID:event-" + event.id());
        assertThat(graceAgain.body()).isEqualTo(graceFirst.body());
        assertThat(kit.statements.statements()).isGreaterThan(before);
    }

    private static String feedPath(String link) {
        return URI.create(link).getPath();
    }
}
