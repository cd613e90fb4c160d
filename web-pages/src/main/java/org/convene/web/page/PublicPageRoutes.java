package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpCall;
import org.convene.http.HttpFront;

/**
 * Serves the public pages on the instance's HTTP front: the community ({@code /community?c=KEY}), a group
 * ({@code /group?c=KEY&g=SLUG}), an event ({@code /event?c=KEY&e=ID}) and its calendar file, the embed, and the
 * style sheet and script. An unknown or private community, group or event is answered 404, alike.
 */
public final class PublicPageRoutes {

    /** HTML in UTF-8. */
    static final String HTML = "text/html; charset=utf-8";
    private static final int EMBED_EVENTS = 5;
    private static final Set<String> READ = Set.of("GET", "HEAD");

    private final PublicProgramme programme;
    private final PageRenderer renderer;
    private final String baseUrl;
    private final byte[] style = PageTemplates.asset("convene.css");
    private final byte[] script = PageTemplates.asset("local-time.js");

    /**
     * @param baseUrl the address people reach this server at, without a trailing slash (for the JSON-LD's links)
     */
    public PublicPageRoutes(PublicProgramme programme, PageRenderer renderer, String baseUrl) {
        this.programme = requireNonNull(programme, "programme");
        this.renderer = requireNonNull(renderer, "renderer");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
    }

    /** Mounts every page and asset on {@code front}, before it starts. */
    public HttpFront mount(HttpFront front) {
        front.route(PageLinks.COMMUNITY, READ, call -> page(call, this::community));
        front.route(PageLinks.GROUP, READ, call -> page(call, this::group));
        front.route(PageLinks.EVENT, READ, call -> page(call, this::event));
        front.route(PageLinks.EVENT_CALENDAR, READ, this::eventCalendar);
        front.route(PageLinks.EMBED, READ, this::embed);
        front.route(PageLinks.STYLE, READ, call -> asset("text/css; charset=utf-8", style));
        front.route(PageLinks.SCRIPT, READ, call -> asset("text/javascript; charset=utf-8", script));
        return front;
    }

    private HttpAnswer page(HttpCall call, Function<QueryParameters, Optional<String>> render) {
        return render.apply(QueryParameters.parse(call.rawQuery()))
                .map(html -> new HttpAnswer(200, HTML, PageHeaders.PAGE, html.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(PublicPageRoutes::notFound);
    }

    private Optional<String> community(QueryParameters query) {
        return query.text("c").flatMap(programme::community).map(renderer::community);
    }

    private Optional<String> group(QueryParameters query) {
        return query.text("c").flatMap(key -> query.text("g").flatMap(slug -> programme.group(key, slug)))
                .map(renderer::group);
    }

    private Optional<String> event(QueryParameters query) {
        return query.text("c").flatMap(key -> query.number("e").flatMap(id -> programme.event(key, id)))
                .map(event -> renderer.event(event, baseUrl + PageLinks.event(event.community().key(), event.id())));
    }

    private HttpAnswer eventCalendar(HttpCall call) {
        QueryParameters query = QueryParameters.parse(call.rawQuery());
        return query.text("c").flatMap(key -> query.number("e").flatMap(id -> programme.eventCalendar(key, id)
                        .map(calendar -> new HttpAnswer(200, "text/calendar; charset=utf-8", Map.of(
                                "Content-Disposition", List.of("attachment; filename=\"event-" + id + ".ics\""),
                                "X-Content-Type-Options", List.of("nosniff")),
                                calendar.getBytes(StandardCharsets.UTF_8)))))
                .orElseGet(PublicPageRoutes::notFound);
    }

    private HttpAnswer embed(HttpCall call) {
        return QueryParameters.parse(call.rawQuery()).text("c").flatMap(programme::community)
                .map(community -> new HttpAnswer(200, HTML, PageHeaders.EMBED,
                        renderer.embed(community, EMBED_EVENTS).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(PublicPageRoutes::notFound);
    }

    private static HttpAnswer asset(String contentType, byte[] body) {
        return new HttpAnswer(200, contentType, Map.of("X-Content-Type-Options", List.of("nosniff"),
                "Cache-Control", List.of("public, max-age=3600")), body);
    }

    private static HttpAnswer notFound() {
        return new HttpAnswer(404, HttpAnswer.TEXT, PageHeaders.PAGE,
                "No public page here.".getBytes(StandardCharsets.UTF_8));
    }
}
