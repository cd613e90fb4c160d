package org.convene.core.programme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The paths of a community's public pages and feeds, relative to the server's root: the one place that spells the
 * URL scheme described in this package. Every value in a path is URL-encoded; {@link PublicAddresses} puts the
 * instance's public URL in front of these paths.
 */
public final class PublicPaths {

    /** A community's path as a regular expression, its key as the first group; the routes' patterns start with it. */
    public static final String COMMUNITY_PATTERN = "/c/([a-z0-9-]{1,64})";

    private PublicPaths() {
    }

    public static String community(String key) {
        return "/c/" + part(key);
    }

    public static String group(String key, String slug) {
        return community(key) + "/g/" + part(slug);
    }

    public static String event(String key, long eventId) {
        return community(key) + "/e/" + eventId;
    }

    /** One event alone as an iCalendar file (the pages' "Add to calendar"). */
    public static String eventCalendar(String key, long eventId) {
        return event(key, eventId) + "/calendar.ics";
    }

    /** The list of next events for another website to frame. */
    public static String embed(String key) {
        return community(key) + "/embed";
    }

    public static String communityCalendar(String key) {
        return community(key) + "/calendar.ics";
    }

    public static String groupCalendar(String key, String slug) {
        return group(key, slug) + "/calendar.ics";
    }

    public static String eventsJson(String key) {
        return community(key) + "/events.json";
    }

    public static String personalCalendar(String secret) {
        return "/calendar/" + part(secret) + ".ics";
    }

    private static String part(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
