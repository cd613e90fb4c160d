package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a member's personal feed holds: their going, waitlisted and maybe answers from a while back on, soonest
 * first; {@code communityPublic} says whether the events' public pages exist to link to.
 */
public record PersonalCalendar(PublicCommunity community, boolean communityPublic, List<PersonalEntry> entries) {
    public PersonalCalendar {
        requireNonNull(community, "community");
        entries = List.copyOf(entries);
    }
}
