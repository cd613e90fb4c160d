package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What every new occurrence of a series starts with: its details, its length and how long before its start answers
 * close. A series keeps its own copy, so an edit of the whole series reaches occurrences laid out after it.
 */
public record SeriesTemplate(String title, String description, Duration length, ZoneId zone, String venue,
                             String onlineUrl, String privateLink, Integer capacity, int guestLimit,
                             Duration deadlineLead) {

    public SeriesTemplate {
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(length, "length");
        requireNonNull(zone, "zone");
    }

    /** The template an occurrence sets: its details, and its deadline as a lead before its start. */
    public static SeriesTemplate of(Event event) {
        return new SeriesTemplate(event.title(), event.description(), event.duration(), event.zone(), event.venue(),
                event.onlineUrl(), event.privateLink(), event.capacity(), event.guestLimit(),
                event.rsvpDeadline() == null ? null : Duration.between(event.rsvpDeadline(), event.startsAt()));
    }

    /** A new, scheduled occurrence of series {@code seriesId} starting at {@code start}. */
    public Event occurrence(long groupId, long seriesId, Instant start) {
        return new Event(0, groupId, seriesId, title, description, start, start.plus(length), zone, venue, onlineUrl,
                privateLink, capacity, guestLimit, deadlineLead == null ? null : start.minus(deadlineLead),
                EventStatus.SCHEDULED, null, 0, false);
    }
}
