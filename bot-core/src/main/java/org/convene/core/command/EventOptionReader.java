package org.convene.core.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.Change;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.PostEventUseCase;

/** Turns typed {@link EventOptions} into the inputs of posting and editing, reading times in the community's zone. */
public final class EventOptionReader {

    public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

    private EventOptionReader() {
    }

    public static PostEventUseCase.Input post(String group, EventOptions options, ZoneId zone, Instant now) {
        if (options.title() == null || options.title().isBlank()) {
            throw Refusal.invalid("Give the event a title in quotes: /meetup post " + group
                    + " \"Lightning talks\" when=\"next thursday 6pm\".");
        }
        if (options.when() == null) {
            throw Refusal.invalid("Say when it starts with when=, like when=\"next thursday 6pm\" or "
                    + "when=\"2026-12-03 18:00\".");
        }
        Instant start = TimeReader.read(options.when(), "when", zone, now);
        Instant end = end(options, start, zone, now);
        Instant deadline = options.deadline() == null ? null : TimeReader.read(options.deadline(), "deadline", zone,
                now);
        Recurrence repeat = options.repeat() == null ? null : Recurrence.parse(options.repeat()).orElseThrow(() ->
                Refusal.invalid("repeat=" + options.repeat() + " is not a schedule I know; type repeat=weekly, "
                        + "repeat=biweekly or repeat=monthly."));
        return new PostEventUseCase.Input(group, options.title(), options.description(), start, end, zone,
                options.where(), options.online(), options.link(), number(options.capacity(), "capacity"),
                guests(options.guests()), deadline, repeat);
    }

    public static EditEventUseCase.Input edit(Event event, EventOptions options, Instant now) {
        return edit(event, options, false, now);
    }

    public static EditEventUseCase.Input edit(Event event, EventOptions options, boolean wholeSeries, Instant now) {
        ZoneId zone = event.zone();
        if (options.repeat() != null) {
            throw Refusal.invalid("A posted event's schedule cannot change; cancel it and post a new one.");
        }
        Change<Instant> start = options.when() == null ? Change.keep()
                : Change.to(TimeReader.read(options.when(), "when", zone, now));
        Instant newStart = start.or(event.startsAt());
        Change<Instant> end = options.end() == null && options.duration() == null ? Change.keep()
                : Change.to(end(options, newStart, zone, now));
        return new EditEventUseCase.Input(event.id(), text(options.title()), text(options.description()), start, end,
                clearable(options.where()), clearable(options.online()), clearable(options.link()),
                options.capacity() == null ? Change.keep() : isNone(options.capacity()) ? Change.clear()
                        : Change.to(number(options.capacity(), "capacity")),
                options.guests() == null ? Change.keep() : Change.to(guests(options.guests())),
                options.deadline() == null ? Change.keep() : isNone(options.deadline()) ? Change.clear()
                        : Change.to(TimeReader.read(options.deadline(), "deadline", zone, now)), wholeSeries);
    }

    private static Instant end(EventOptions options, Instant start, ZoneId zone, Instant now) {
        if (options.end() != null && options.duration() != null) {
            throw Refusal.invalid("Give either end= or for=, not both.");
        }
        if (options.end() != null) {
            return TimeReader.read(options.end(), "end", zone, now);
        }
        return start.plus(options.duration() == null ? DEFAULT_LENGTH : TimeReader.duration(options.duration()));
    }

    static Integer number(String typed, String key) {
        if (typed == null || isNone(typed)) {
            return null;
        }
        if (!typed.strip().matches("-?\\d{1,6}")) {
            throw Refusal.invalid(key + "=" + typed + " is not a whole number; type " + key + "=25.");
        }
        return Integer.parseInt(typed.strip());
    }

    /** A guest allowance: {@code none} (or nothing) means no guests. */
    private static int guests(String typed) {
        Integer guests = number(typed, "guests");
        return guests == null ? 0 : guests;
    }

    private static Change<String> text(String typed) {
        return typed == null ? Change.keep() : Change.to(typed);
    }

    private static Change<String> clearable(String typed) {
        return typed == null ? Change.keep() : isNone(typed) ? Change.clear() : Change.to(typed);
    }

    private static boolean isNone(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).matches("none|no|-|unlimited|");
    }
}
