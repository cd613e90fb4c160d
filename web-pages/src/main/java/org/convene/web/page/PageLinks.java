package org.convene.web.page;

import java.util.regex.Pattern;
import org.convene.core.programme.PublicPaths;

/**
 * The paths the pages are served on: the patterns of the public programme's pages, whose paths
 * {@link PublicPaths} builds, and the fixed paths of the style sheet and script.
 */
public final class PageLinks {

    private static final String KEY = PublicPaths.COMMUNITY_PATTERN;
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
}
