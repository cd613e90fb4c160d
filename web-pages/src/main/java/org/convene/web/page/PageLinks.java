package org.convene.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The addresses of the public pages, relative to the server's root, in the scheme of the public programme:
 * {@code /c/<key>}, {@code /c/<key>/g/<slug>}, {@code /c/<key>/e/<id>}, the event's {@code calendar.ics} and the
 * community's {@code embed}; every value in them is URL-encoded.
 */
public final class PageLinks {

    private static final String KEY = "/c/([a-z0-9-]{1,64})";
    /** The community page. */
    static final Pattern COMMUNITY = Pattern.compile(KEY);
    /** A group's page. */
    static final Pattern GROUP = Pattern.compile(KEY + "/g/([^/]{1,100})");
    /** An event's page. */
    static final Pattern EVENT = Pattern.compile(KEY + "/e/([0-9]{1,18})");
    /** An event alone as an iCalendar file. */
    static final Pattern EVENT_CALENDAR = Pattern.compile(KEY + "/e/([0-9]{1,18})/calendar\\.ics");
    /** The list of next events for another website to frame. */
    static final Pattern EMBED = Pattern.compile(KEY + "/embed");
    /** The style sheet. */
    public static final String STYLE = "/static/convene.css";
    /** The script that adds the reader's local time. */
    public static final String SCRIPT = "/static/local-time.js";

    private PageLinks() {
    }

    public static String community(String communityKey) {
        return "/c/" + encode(communityKey);
    }

    public static String group(String communityKey, String groupSlug) {
        return community(communityKey) + "/g/" + encode(groupSlug);
    }

    public static String event(String communityKey, long eventId) {
        return community(communityKey) + "/e/" + eventId;
    }

    public static String eventCalendar(String communityKey, long eventId) {
        return event(communityKey, eventId) + "/calendar.ics";
    }

    public static String embed(String communityKey) {
        return community(communityKey) + "/embed";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
