package org.convene.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the public pages, relative to the server's root; every value in them is URL-encoded. */
public final class PageLinks {

    /** The community page. */
    public static final String COMMUNITY = "/community";
    /** A group's page. */
    public static final String GROUP = "/group";
    /** An event's page. */
    public static final String EVENT = "/event";
    /** An event alone as an iCalendar file. */
    public static final String EVENT_CALENDAR = "/event.ics";
    /** The list of next events for another website to frame. */
    public static final String EMBED = "/embed";
    /** The style sheet. */
    public static final String STYLE = "/static/convene.css";
    /** The script that adds the reader's local time. */
    public static final String SCRIPT = "/static/local-time.js";

    private PageLinks() {
    }

    public static String community(String communityKey) {
        return COMMUNITY + "?c=" + encode(communityKey);
    }

    public static String group(String communityKey, String groupSlug) {
        return GROUP + "?c=" + encode(communityKey) + "&g=" + encode(groupSlug);
    }

    public static String event(String communityKey, long eventId) {
        return EVENT + "?c=" + encode(communityKey) + "&e=" + eventId;
    }

    public static String eventCalendar(String communityKey, long eventId) {
        return EVENT_CALENDAR + "?c=" + encode(communityKey) + "&e=" + eventId;
    }

    public static String embed(String communityKey) {
        return EMBED + "?c=" + encode(communityKey);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
