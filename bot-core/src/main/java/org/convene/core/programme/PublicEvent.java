package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An event as strangers see it. It has no private link by construction: the store never reads that column for it.
 * {@code onlineUrl} is the public online address (a stream), present only when it is an http(s) address;
 * {@code seatsLeft} is empty for an event without a cap; {@code sequence} rises with every change a calendar shows
 * and {@code lastModified} is when the last such change was made; {@code seriesId} is empty for a one-off event.
 */
public record PublicEvent(long id, long groupId, String groupSlug, String groupName, String title, String description,
                          Instant startsAt, Instant endsAt, ZoneId zone, Optional<String> venue,
                          Optional<String> onlineUrl, Optional<Integer> capacity, Optional<Integer> seatsLeft,
                          int waitlistLength, Optional<Long> seriesId, boolean cancelled,
                          Optional<String> cancelReason, int sequence, Instant lastModified) {
    public PublicEvent {
        requireNonNull(groupSlug, "groupSlug");
        requireNonNull(groupName, "groupName");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(endsAt, "endsAt");
        requireNonNull(zone, "zone");
        requireNonNull(venue, "venue");
        requireNonNull(onlineUrl, "onlineUrl");
        requireNonNull(capacity, "capacity");
        requireNonNull(seatsLeft, "seatsLeft");
        requireNonNull(seriesId, "seriesId");
        requireNonNull(cancelReason, "cancelReason");
        requireNonNull(lastModified, "lastModified");
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** Whether people can join from afar: the event has a public online address. */
    public boolean online() {
        return onlineUrl.isPresent();
    }

    public boolean past(Instant now) {
        return !endsAt.isAfter(now);
    }
}
