package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.List;

/**
 * The community page: its name and zone, its groups, and its upcoming events soonest first (both empty where a group's
 * or an event's page only names the community).
 */
public record CommunityView(String key, String name, ZoneId zone, List<GroupSummary> groups,
                            List<EventSummary> upcoming) {

    public CommunityView {
        requireNonNull(key, "key");
        requireNonNull(name, "name");
        requireNonNull(zone, "zone");
        groups = List.copyOf(groups);
        upcoming = List.copyOf(upcoming);
    }
}
