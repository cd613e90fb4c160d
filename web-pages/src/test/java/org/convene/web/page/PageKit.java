package org.convene.web.page;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.feeds.EventCalendars;
import org.convene.feeds.FeedRoutes;
import org.convene.http.FrontClient;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.convene.http.Route;

/**
 * The core over a fresh database with the admin's public "bookclub" group, its pages and the feeds served by a real
 * HTTP front on loopback once a test asks, and requests through the JDK's HTTP client.
 */
final class PageKit implements AutoCloseable {

    final CoreKit core = new CoreKit();
    final Actor admin;
    /** The community's public key. */
    final String key;
    private HttpFront front;

    PageKit() {
        admin = core.admin();
        core.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        key = core.publicFace.visibility(admin).key();
    }

    /** Serves the public programme's pages, with each event's own calendar file, and the feeds. */
    void serve(UnaryOperator<Route> keep) throws IOException {
        serve(new ProgrammePageSource(core.programme, new EventCalendars(core.addresses)), keep);
    }

    /** Serves the pages from {@code source} and the feeds, each route wrapped in {@code keep}. */
    void serve(PageSource source, UnaryOperator<Route> keep) throws IOException {
        front = new FeedRoutes(core.programme, core.personalCalendars, core.addresses, keep).mount(
                new PublicPageRoutes(source, new PageRenderer(), CoreKit.PUBLIC_URL, keep)
                        .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0))));
        front.start();
    }

    /** The loopback address of a path on the front. */
    String address(String path) {
        return FrontClient.address(front, path).toString();
    }

    /** A GET of the path, with headers given as name, value, name, value. */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return FrontClient.get(front, path, headers);
    }

    @Override
    public void close() {
        try {
            if (front != null) {
                front.stop();
            }
        } finally {
            core.close();
        }
    }
}
