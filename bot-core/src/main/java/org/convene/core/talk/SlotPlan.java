package org.convene.core.talk;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;

/**
 * Lays an event's talk slots back to back: {@code count} slots of {@code minutes}, or one slot of {@code minutes}
 * per name, from the event's start or from a later time of day. Slots must end by the event's end.
 */
public final class SlotPlan {

    /** The most slots an event may have, so its agenda fits on a card and in a form's list. */
    public static final int MOST_SLOTS = 10;
    /** The length of a named slot when none is given. */
    public static final int DEFAULT_MINUTES = 15;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private SlotPlan() {
    }

    /** The slots, without ids yet, or a refusal saying what was understood and what to type instead. */
    public static List<TalkSlot> lay(Event event, int count, int minutes, List<String> names, LocalTime from) {
        int slots = names.isEmpty() ? count : names.size();
        if (slots < 1 || slots > MOST_SLOTS) {
            throw Refusal.invalid("An event can have 1 to " + MOST_SLOTS + " talk slots, not " + slots
                    + "; type 4x15m, or the slots' names in quotes.");
        }
        ZoneId zone = event.zone();
        Instant start = from == null ? event.startsAt()
                : event.startsAt().atZone(zone).with(from).toInstant();
        if (start.isBefore(event.startsAt()) || !start.isBefore(event.endsAt())) {
            throw Refusal.invalid("from=" + CLOCK.format(from) + " is outside the event, which runs "
                    + CLOCK.format(event.startsAt().atZone(zone)) + "–" + CLOCK.format(event.endsAt().atZone(zone))
                    + "; give a time within it, like from=" + CLOCK.format(event.startsAt().atZone(zone)) + ".");
        }
        List<TalkSlot> laid = new ArrayList<>();
        Instant next = start;
        for (int position = 1; position <= slots; position++) {
            String name = names.isEmpty() ? null : names.get(position - 1);
            TalkSlot slot = new TalkSlot(0, event.id(), position, name, next, minutes);
            laid.add(slot);
            next = slot.endsAt();
        }
        if (next.isAfter(event.endsAt())) {
            throw Refusal.invalid(slots + " slots of " + minutes + " min from "
                    + CLOCK.format(start.atZone(zone)) + " end at " + CLOCK.format(next.atZone(zone))
                    + ", after the event ends at " + CLOCK.format(event.endsAt().atZone(zone))
                    + "; open fewer or shorter slots, or lengthen the event first.");
        }
        return laid;
    }
}
