package org.convene.slack.interaction;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.convene.core.domain.Event;
import org.convene.core.usecase.PollDraft;

/**
 * An event's current values as the event form's fields show them (block id to text), in the event's own zone and in
 * the forms the form reads back: {@code 2026-12-03}, {@code 18:00}, {@code 1h30m}, {@code 2026-12-02 18:00}.
 */
final class EventFormValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EventFormValues() {
    }

    static Map<String, String> of(Event event) {
        ZonedDateTime start = event.startsAt().atZone(event.zone());
        Map<String, String> values = new HashMap<>();
        put(values, EventModal.TITLE, event.title());
        put(values, EventModal.DESCRIPTION, event.description());
        put(values, EventModal.DATE, start.format(DAY));
        put(values, EventModal.TIME, start.format(TIME));
        put(values, EventModal.DURATION, length(event.duration()));
        put(values, EventModal.VENUE, event.venue());
        put(values, EventModal.ONLINE, event.onlineUrl());
        put(values, EventModal.LINK, event.privateLink());
        put(values, EventModal.CAPACITY, event.capacity() == null ? null : event.capacity().toString());
        put(values, EventModal.GUESTS, Integer.toString(event.guestLimit()));
        put(values, EventModal.DEADLINE, event.rsvpDeadline() == null ? null
                : event.rsvpDeadline().atZone(event.zone()).format(DAY_AND_TIME));
        return Map.copyOf(values);
    }

    /** A closed poll's event as the post form opens with it: title, winning day and time, length and place. */
    static Map<String, String> of(PollDraft draft) {
        ZonedDateTime start = draft.startsAt().atZone(draft.zone());
        Map<String, String> values = new HashMap<>();
        put(values, EventModal.TITLE, draft.title());
        put(values, EventModal.DATE, start.format(DAY));
        put(values, EventModal.TIME, start.format(TIME));
        put(values, EventModal.DURATION, length(draft.length()));
        put(values, EventModal.VENUE, draft.venue());
        return Map.copyOf(values);
    }

    /** A length as {@code 2h}, {@code 45m} or {@code 1h30m}. */
    static String length(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }

    private static void put(Map<String, String> values, String blockId, String text) {
        if (text != null && !text.isBlank()) {
            values.put(blockId, text);
        }
    }
}
