package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Platform;
import org.convene.core.programme.PublicPaths;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.MemberRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages read from the core's public programme on a real PostgreSQL. */
class ProgrammePagesTest {

    private PageKit pages;
    private CoreKit kit;
    private Actor admin;
    private String key;
    private Event event;

    @BeforeEach
    void setUp() throws Exception {
        pages = new PageKit();
        kit = pages.core;
        admin = pages.admin;
        key = pages.key;
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.DISCORD, "81384788765712384", "42"));
        Instant start = CoreKit.START.plus(Duration.ofDays(3));
        event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        pages.serve(new ProgrammePageSource(kit.programme,
                window -> window.events().stream().map(listing -> "SUMMARY:" + listing.event().title())
                        .collect(Collectors.joining("\n"))), UnaryOperator.identity());
    }

    @AfterEach
    void tearDown() {
        pages.close();
    }

    private List<String> everyPage() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String path : everyPath()) {
            bodies.add(pages.get(path).body());
        }
        return bodies;
    }

    private List<String> everyPath() {
        return List.of(PublicPaths.community(key), PublicPaths.group(key, "bookclub"),
                PublicPaths.event(key, event.id()), PublicPaths.embed(key), PublicPaths.eventCalendar(key, event.id()));
    }

    @Test
    void pagesShowTheProgrammeWithWhereToAnswerButNeverThePrivateLink() throws Exception {
        kit.membership.join(kit.member("Grace"), "bookclub");

        assertThat(pages.get(PublicPaths.community(key)).body()).contains("Book Club", "We read together.", "1 member",
                "href=\"/c/" + key + "/e/" + event.id() + "\">Book club");
        String page = pages.get(PublicPaths.event(key, event.id())).body();
        assertThat(page).contains("Room 4", "25 seats left", "Answer in Slack", "Answer in Discord",
                "https://discord.com/channels/81384788765712384/42", "\"@type\":\"Event\"");
        assertThat(pages.get(PublicPaths.eventCalendar(key, event.id())).body()).isEqualTo("SUMMARY:Book club");
        assertThat(everyPage()).allSatisfy(body -> assertThat(body).doesNotContain("secret-room"));
    }

    @Test
    void anOrganizerIsNamedOnlyAfterChoosingToBeListed() throws Exception {
        Actor olive = kit.member("Olive Organizer");
        kit.organizers.add(admin, "bookclub", new MemberRef.ByName("Olive Organizer"));

        assertThat(everyPage()).allSatisfy(body -> assertThat(body).doesNotContain("Olive"));
        kit.publicFace.setListed(olive, true);

        assertThat(pages.get(PublicPaths.group(key, "bookclub")).body()).contains("Organized by Olive Organizer");
        assertThat(pages.get(PublicPaths.event(key, event.id())).body()).contains("Olive Organizer");
    }

    @Test
    void aPrivateCommunityHasNoPagesAtAll() throws Exception {
        kit.publicFace.setVisibility(admin, false);

        for (String path : everyPath()) {
            HttpResponse<String> answer = pages.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("Book");
        }
    }

    @Test
    void aCancelledEventSaysSoWithItsReason() throws Exception {
        kit.cancelEvent.cancel(admin, event.id(), "Snow storm");

        assertThat(pages.get(PublicPaths.event(key, event.id())).body()).contains("Cancelled.", "Snow storm",
                "schema.org/EventCancelled");
        assertThat(pages.get(PublicPaths.group(key, "bookclub")).body()).contains("<strong>Cancelled</strong>");
    }
}
