package org.convene.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.http.FrontClient;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.convene.http.HttpLimits;

/**
 * The core over a fresh database, the feed routes on a real HTTP front on loopback, and the "bookclub" group of the
 * admin's community announcing in a Slack channel; requests go through the JDK's HTTP client.
 */
final class FeedKit implements AutoCloseable {

    final CoreKit core = new CoreKit();
    final PublicAddresses addresses = core.addresses;
    final PublicProgramme programme;
    final PublicFaceUseCase publicFace;
    final PersonalCalendarUseCase personal;
    final Actor admin;
    final String key;
    private final HttpFront front;

    FeedKit() throws IOException {
        programme = core.programme;
        publicFace = core.publicFace;
        personal = core.personalCalendars;
        admin = core.admin();
        core.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        core.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        key = publicFace.visibility(admin).key();
        front = new FeedRoutes(programme, personal, addresses).mount(new HttpFront(new HttpFrontConfig("127.0.0.1", 0,
                HttpLimits.DEFAULTS, Duration.ofMillis(200))));
        front.start();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return FrontClient.get(front, path, headers);
    }

    static Calendar parse(String body) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(body));
    }

    static List<VEvent> events(String body) throws IOException, ParserException {
        return parse(body).getComponents(VEvent.VEVENT);
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    @Override
    public void close() {
        front.stop();
        core.close();
    }
}
