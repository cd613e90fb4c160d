package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event's page: what, when, where ({@code venue} empty and {@code online} true for an online-only event), seats
 * left (empty when uncapped) or the waitlist's length, organizers who chose to be listed, the series it belongs to
 * (as words, e.g. "every other week"), whether it is cancelled, and where the community answers.
 */
public record EventView(CommunityView community, String groupSlug, String groupName, long id, String title,
                        String description, Instant startsAt, Instant endsAt, Optional<String> venue, boolean online,
                        Optional<Integer> seatsLeft, int waitlist, List<String> organizers, Optional<String> series,
                        boolean cancelled, Optional<String> cancelReason, List<ChatPlace> answerIn) {

    public EventView {
        requireNonNull(community, "community");
        requireNonNull(groupSlug, "groupSlug");
        requireNonNull(groupName, "groupName");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(endsAt, "endsAt");
        requireNonNull(venue, "venue");
        requireNonNull(seatsLeft, "seatsLeft");
        organizers = List.copyOf(organizers);
        requireNonNull(series, "series");
        requireNonNull(cancelReason, "cancelReason");
        answerIn = List.copyOf(answerIn);
    }
}
