package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An event's agenda as anyone may see it: each slot in order with its times in the event's own zone, and the
 * accepted talk and presenter holding it, or that it is still open. Empty when the event has no call for presenters.
 */
public record Agenda(List<Entry> entries, boolean autoAccept, ZoneId zone) {

    static final int TITLE_LIMIT = 60;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** One slot, with the accepted talk's title and presenter (both null while the slot is open). */
    public record Entry(TalkSlot slot, String title, String presenter) {
        public Entry {
            requireNonNull(slot, "slot");
        }

        public boolean open() {
            return title == null;
        }
    }

    public Agenda {
        entries = List.copyOf(entries);
        requireNonNull(zone, "zone");
    }

    public static Agenda none() {
        return new Agenda(List.of(), false, ZoneId.of("UTC"));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean hasOpenSlot() {
        return entries.stream().anyMatch(Entry::open);
    }

    /** One line per slot, such as {@code 18:15–18:30 Slot 2 (Lightning round): "Linked data" — Dana}. */
    public List<String> lines() {
        return entries.stream().map(this::line).toList();
    }

    private String line(Entry entry) {
        TalkSlot slot = entry.slot();
        String times = CLOCK.format(slot.startsAt().atZone(zone)) + "–" + CLOCK.format(slot.endsAt().atZone(zone));
        String holder = entry.open() ? "open" : "\u201C" + shorten(entry.title()) + "\u201D — " + entry.presenter();
        return times + " " + slot.label() + ": " + holder;
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_LIMIT ? title : title.substring(0, TITLE_LIMIT - 1) + "…";
    }
}
