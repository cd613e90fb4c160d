package org.convene.feeds;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.programme.CalendarWindow;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicPaths;
import org.convene.core.programme.PublicProgramme;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpCall;
import org.convene.http.HttpFront;
import org.convene.http.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the feeds on the HTTP front: {@code /c/<key>/calendar.ics}, {@code /c/<key>/g/<slug>/calendar.ics},
 * {@code /c/<key>/events.json} and {@code /calendar/<secret>.ics}. An unknown key, group or secret and a private
 * community are all answered 404 alike.
 */
public final class FeedRoutes {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final String KEY = PublicPaths.COMMUNITY_PATTERN;
    private static final Pattern COMMUNITY_CALENDAR = Pattern.compile(KEY + "/calendar\\.ics");
    private static final Pattern GROUP_CALENDAR = Pattern.compile(KEY + "/g/([a-z0-9-]{1,40})/calendar\\.ics");
    private static final Pattern EVENTS_JSON = Pattern.compile(KEY + "/events\\.json");
    private static final Pattern PERSONAL_CALENDAR = Pattern.compile("/calendar/([^/]{0,200})\\.ics");
    private static final String PUBLIC_CACHE = "public, max-age=300";
    private static final Logger LOG = LoggerFactory.getLogger(FeedRoutes.class);

    private final PublicProgramme programme;
    private final PersonalCalendarUseCase personal;
    private final CalendarWriter calendars;
    private final EventsJson json;
    private final UnaryOperator<Route> keep;

    public FeedRoutes(PublicProgramme programme, PersonalCalendarUseCase personal, PublicAddresses addresses) {
        this(programme, personal, addresses, UnaryOperator.identity());
    }

    /**
     * @param keep wraps the public feeds' routes (never the personal feed's), for instance in an
     *             {@link org.convene.http.AnswerCache}
     */
    public FeedRoutes(PublicProgramme programme, PersonalCalendarUseCase personal, PublicAddresses addresses,
                      UnaryOperator<Route> keep) {
        this.keep = requireNonNull(keep, "keep");
        this.programme = requireNonNull(programme, "programme");
        this.personal = requireNonNull(personal, "personal");
        this.calendars = new CalendarWriter(addresses);
        this.json = new EventsJson(addresses);
    }

    /** Mounts every feed route on a front that is not started yet. */
    public HttpFront mount(HttpFront front) {
        return front.routeMatching(COMMUNITY_CALENDAR, READ, keep.apply(call -> communityCalendar(call)))
                .routeMatching(GROUP_CALENDAR, READ, keep.apply(call -> groupCalendar(call)))
                .routeMatching(EVENTS_JSON, READ, keep.apply(call -> eventsJson(call)))
                .routeMatching(PERSONAL_CALENDAR, READ, call -> personalCalendar(call));
    }

    HttpAnswer communityCalendar(HttpCall call) {
        Matcher path = matched(COMMUNITY_CALENDAR, call);
        return feed(call, programme.calendar(path.group(1)));
    }

    HttpAnswer groupCalendar(HttpCall call) {
        Matcher path = matched(GROUP_CALENDAR, call);
        return feed(call, programme.calendar(path.group(1), path.group(2)));
    }

    HttpAnswer eventsJson(HttpCall call) {
        Matcher path = matched(EVENTS_JSON, call);
        return programme.community(path.group(1))
                .map(page -> Conditional.answer(call, JSON, json.write(page), Optional.empty(), PUBLIC_CACHE,
                        Map.of("Access-Control-Allow-Origin", "*")))
                .orElseGet(FeedRoutes::notFound);
    }

    /** The personal feed; its path holds a secret, so a failure is logged without it. */
    HttpAnswer personalCalendar(HttpCall call) {
        try {
            Matcher path = matched(PERSONAL_CALENDAR, call);
            return personal.feed(path.group(1))
                    .map(feed -> Conditional.answer(call, CALENDAR, calendars.write(feed), Optional.empty(),
                            "private, max-age=0, must-revalidate",
                            Map.of("Referrer-Policy", "no-referrer", "X-Robots-Tag", "noindex")))
                    .orElseGet(FeedRoutes::notFound);
        } catch (RuntimeException failure) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("A personal calendar feed failed (error id {}): {}", errorId,
                    failure.getClass().getSimpleName());
            return HttpAnswer.text(500, "internal error " + errorId);
        }
    }

    private HttpAnswer feed(HttpCall call, Optional<CalendarWindow> window) {
        return window.map(found -> Conditional.answer(call, CALENDAR, calendars.write(found),
                        found.events().stream().map(listing -> listing.event().lastModified())
                                .max(Instant::compareTo), PUBLIC_CACHE, Map.of()))
                .orElseGet(FeedRoutes::notFound);
    }

    private static Matcher matched(Pattern pattern, HttpCall call) {
        Matcher matcher = pattern.matcher(call.path());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("route mounted on a path it does not match");
        }
        return matcher;
    }

    private static HttpAnswer notFound() {
        return HttpAnswer.text(404, "not found");
    }
}
