package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Platform;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.programme.PublicPaths;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.MemberRef;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages read from the core's public programme on a real PostgreSQL. */
class ProgrammePagesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private CoreKit kit;
    private Actor admin;
    private PublicFaceUseCase publicFace;
    private HttpFront front;
    private String key;
    private Event event;

    @BeforeEach
    void setUp() throws Exception {
        kit = new CoreKit();
        admin = kit.admin();
        JdbcProgrammeRepository repository = new JdbcProgrammeRepository(kit.jdbc);
        publicFace = new PublicFaceUseCase(repository, kit.access);
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.DISCORD, "81384788765712384", "42"));
        key = publicFace.visibility(admin).key();
        Instant start = CoreKit.START.plus(Duration.ofDays(3));
        event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        PageSource source = new ProgrammePageSource(new PublicProgramme(repository, kit.clock),
                window -> window.events().stream().map(listing -> "SUMMARY:" + listing.event().title())
                        .collect(Collectors.joining("\n")));
        front = new PublicPageRoutes(source, new PageRenderer(), "https://meetups.example.org")
                .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0)));
        front.start();
    }

    @AfterEach
    void tearDown() {
        if (front != null) {
            front.stop();
        }
        kit.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> everyPage() throws Exception {
        return List.of(get(PublicPaths.community(key)).body(), get(PublicPaths.group(key, "bookclub")).body(),
                get(PublicPaths.event(key, event.id())).body(), get(PublicPaths.embed(key)).body(),
                get(PublicPaths.eventCalendar(key, event.id())).body());
    }

    @Test
    void pagesShowTheProgrammeWithWhereToAnswerButNeverThePrivateLink() throws Exception {
        kit.membership.join(kit.member("Grace"), "bookclub");

        assertThat(get(PublicPaths.community(key)).body()).contains("Book Club", "We read together.", "1 member",
                "href=\"/c/" + key + "/e/" + event.id() + "\">Book club");
        String page = get(PublicPaths.event(key, event.id())).body();
        assertThat(page).contains("Room 4", "25 seats left", "Answer in Slack", "Answer in Discord",
                "https://discord.com/channels/81384788765712384/42", "\"@type\":\"Event\"");
        assertThat(get(PublicPaths.eventCalendar(key, event.id())).body()).isEqualTo("SUMMARY:Book club");
        assertThat(everyPage()).allSatisfy(body -> assertThat(body).doesNotContain("secret-room"));
    }

    @Test
    void anOrganizerIsNamedOnlyAfterChoosingToBeListed() throws Exception {
        Actor olive = kit.member("Olive Organizer");
        kit.organizers.add(admin, "bookclub", new MemberRef.ByName("Olive Organizer"));

        assertThat(everyPage()).allSatisfy(body -> assertThat(body).doesNotContain("Olive"));
        publicFace.setListed(olive, true);

        assertThat(get(PublicPaths.group(key, "bookclub")).body()).contains("Organized by Olive Organizer");
        assertThat(get(PublicPaths.event(key, event.id())).body()).contains("Olive Organizer");
    }

    @Test
    void aPrivateCommunityHasNoPagesAtAll() throws Exception {
        publicFace.setVisibility(admin, false);

        for (String path : List.of(PublicPaths.community(key), PublicPaths.group(key, "bookclub"),
                PublicPaths.event(key, event.id()), PublicPaths.embed(key), PublicPaths.eventCalendar(key, event.id()))) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("Book");
        }
    }

    @Test
    void aCancelledEventSaysSoWithItsReason() throws Exception {
        kit.cancelEvent.cancel(admin, event.id(), "Snow storm");

        assertThat(get(PublicPaths.event(key, event.id())).body()).contains("Cancelled.", "Snow storm",
                "schema.org/EventCancelled");
        assertThat(get(PublicPaths.group(key, "bookclub")).body()).contains("<strong>Cancelled</strong>");
    }
}
