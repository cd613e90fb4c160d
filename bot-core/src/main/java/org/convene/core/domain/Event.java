package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A meetup of a group. {@code capacity} null means no cap; {@code privateLink} is shown only to confirmed attendees;
 * {@code seatsTaken} counts confirmed attendees and their guests.
 */
public record Event(
        long id,
        long groupId,
        Long seriesId,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        String venue,
        String onlineUrl,
        String privateLink,
        Integer capacity,
        int guestLimit,
        Instant rsvpDeadline,
        EventStatus status,
        String cancelReason,
        int seatsTaken,
        boolean noShowsBehind) {

    public Event {
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(endsAt, "endsAt");
        requireNonNull(zone, "zone");
        requireNonNull(status, "status");
    }

    public boolean capped() {
        return capacity != null;
    }

    /** Seats still free, or empty when the event has no cap. */
    public Optional<Integer> seatsLeft() {
        return capped() ? Optional.of(Math.max(0, capacity - seatsTaken)) : Optional.empty();
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public Event withNoShowsBehind(boolean behind) {
        return new Event(id, groupId, seriesId, title, description, startsAt, endsAt, zone, venue, onlineUrl,
                privateLink, capacity, guestLimit, rsvpDeadline, status, cancelReason, seatsTaken, behind);
    }

    public Event withSeatsTaken(int seats) {
        return new Event(id, groupId, seriesId, title, description, startsAt, endsAt, zone, venue, onlineUrl,
                privateLink, capacity, guestLimit, rsvpDeadline, status, cancelReason, seats, noShowsBehind);
    }
}
