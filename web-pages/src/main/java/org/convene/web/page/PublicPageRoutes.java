package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.programme.PublicPaths;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpFront;
import org.convene.http.Route;

/**
 * Serves the public pages on the instance's HTTP front: the community ({@code /c/<key>}), a group
 * ({@code /c/<key>/g/<slug>}), an event ({@code /c/<key>/e/<id>}) and its calendar file, the embed
 * ({@code /c/<key>/embed}), and the style sheet and script. An unknown or private community, group or event is
 * answered 404, alike.
 */
public final class PublicPageRoutes {

    /** HTML in UTF-8. */
    static final String HTML = "text/html; charset=utf-8";
    private static final int EMBED_EVENTS = 5;
    private static final Set<String> READ = Set.of("GET", "HEAD");

    private final PageSource source;
    private final PageRenderer renderer;
    private final String baseUrl;
    private final UnaryOperator<Route> keep;
    private final byte[] style = PageTemplates.asset("convene.css");
    private final byte[] script = PageTemplates.asset("local-time.js");

    /**
     * @param baseUrl the address people reach this server at, without a trailing slash (for the JSON-LD's links)
     */
    public PublicPageRoutes(PageSource source, PageRenderer renderer, String baseUrl) {
        this(source, renderer, baseUrl, UnaryOperator.identity());
    }

    /**
     * @param keep wraps each page's route, for instance in an {@link org.convene.http.AnswerCache} so a page is
     *             rendered once per write rather than once per request
     */
    public PublicPageRoutes(PageSource source, PageRenderer renderer, String baseUrl, UnaryOperator<Route> keep) {
        this.source = requireNonNull(source, "source");
        this.renderer = requireNonNull(renderer, "renderer");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        this.keep = requireNonNull(keep, "keep");
    }

    /** Mounts every page and asset on {@code front}, before it starts. */
    public HttpFront mount(HttpFront front) {
        page(front, PageLinks.COMMUNITY, path -> source.community(path.group(1)).map(renderer::community));
        page(front, PageLinks.GROUP, path -> source.group(path.group(1), path.group(2)).map(renderer::group));
        page(front, PageLinks.EVENT, path -> source.event(path.group(1), Long.parseLong(path.group(2)))
                .map(event -> renderer.event(event, baseUrl + PublicPaths.event(event.community().key(), event.id()))));
        answer(front, PageLinks.EVENT_CALENDAR, path -> source.eventCalendar(path.group(1),
                Long.parseLong(path.group(2))).map(calendar -> new HttpAnswer(200, "text/calendar; charset=utf-8",
                Map.of("Content-Disposition", List.of("attachment; filename=\"event-" + path.group(2) + ".ics\""),
                        "X-Content-Type-Options", List.of("nosniff")), calendar.getBytes(StandardCharsets.UTF_8))));
        answer(front, PageLinks.EMBED, path -> source.community(path.group(1)).map(community -> new HttpAnswer(200,
                HTML, PageHeaders.EMBED, renderer.embed(community, EMBED_EVENTS).getBytes(StandardCharsets.UTF_8))));
        front.route(PageLinks.STYLE, READ, call -> asset("text/css; charset=utf-8", style));
        front.route(PageLinks.SCRIPT, READ, call -> asset("text/javascript; charset=utf-8", script));
        return front;
    }

    private void page(HttpFront front, Pattern paths, Function<Matcher, Optional<String>> render) {
        answer(front, paths, path -> render.apply(path)
                .map(html -> new HttpAnswer(200, HTML, PageHeaders.PAGE, html.getBytes(StandardCharsets.UTF_8))));
    }

    private void answer(HttpFront front, Pattern paths, Function<Matcher, Optional<HttpAnswer>> answer) {
        front.routeMatching(paths, READ, keep.apply(call -> {
            Matcher path = paths.matcher(call.path());
            return path.matches() ? answer.apply(path).orElseGet(PublicPageRoutes::notFound) : notFound();
        }));
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
