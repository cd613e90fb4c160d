package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** One slot of an event's agenda: its place in order, an optional name, when it starts and how long it runs. */
public record TalkSlot(long id, long eventId, int position, String name, Instant startsAt, int minutes) {

    public TalkSlot {
        requireNonNull(startsAt, "startsAt");
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /** "Slot 2", or "Slot 2 (Lightning round)" when the slot has a name. */
    public String label() {
        return "Slot " + position + (name == null ? "" : " (" + name + ")");
    }
}
