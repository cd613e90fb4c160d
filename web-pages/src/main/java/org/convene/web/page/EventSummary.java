package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One event in a list: enough to show its title, time and group, and to link to its page. */
public record EventSummary(long id, String title, Instant startsAt, String groupName, boolean cancelled) {

    public EventSummary {
        requireNonNull(title, "title");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(groupName, "groupName");
    }
}
