package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Group;
import org.convene.core.domain.Recurrence;
import org.convene.core.domain.SeriesSchedule;
import org.convene.core.domain.SeriesTemplate;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;

/**
 * Posts an event (organizers of its group and admins). A repeating event becomes a series whose occurrences are
 * created up to a rolling horizon, each with its own RSVPs; the series keeps the first as its anchor and template, from
 * which the planner lays out the next ones.
 */
public final class PostEventUseCase {

    /** How far ahead a new series is laid out. */
    public static final Duration SERIES_HORIZON = Duration.ofDays(92);

    /** A new event as typed: times already read in the community's zone. */
    public record Input(String groupSlug, String title, String description, Instant startsAt, Instant endsAt,
                        ZoneId zone, String venue, String onlineUrl, String privateLink, Integer capacity,
                        int guestLimit, Instant rsvpDeadline, Recurrence recurrence) {
        public Input {
            requireNonNull(groupSlug, "groupSlug");
            requireNonNull(startsAt, "startsAt");
            requireNonNull(endsAt, "endsAt");
            requireNonNull(zone, "zone");
            title = EventFields.title(title);
            description = EventFields.description(description);
            venue = venue == null || venue.isBlank() ? null : venue.strip();
            onlineUrl = EventFields.link(onlineUrl, "online link");
            privateLink = EventFields.link(privateLink, "private link");
            capacity = EventFields.capacity(capacity);
            guestLimit = EventFields.guests(guestLimit);
        }
    }

    /** The posted event (the first occurrence of a series) and every occurrence created. */
    public record Result(Group group, Event event, List<Event> occurrences) {
    }

    private final Transactions transactions;
    private final EventRepository events;
    private final ScheduleRepository schedule;
    private final Lookups lookups;
    private final Access access;
    private final Notices notices;
    private final Clock clock;

    @Inject
    public PostEventUseCase(Transactions transactions, EventRepository events, ScheduleRepository schedule,
                            Lookups lookups, Access access, Notices notices, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.schedule = requireNonNull(schedule, "schedule");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result post(Actor actor, Input input) {
        Group group = lookups.group(actor, input.groupSlug());
        access.requireOrganizer(actor, group, "post its events");
        Instant now = clock.instant();
        EventFields.times(input.startsAt(), input.endsAt(), input.rsvpDeadline(), input.zone(), now);
        return transactions.inTransaction(() -> {
            if (input.recurrence() == null) {
                Event event = events.create(draft(group, input, null, input.startsAt()), actor.memberId(), null, now);
                notices.eventPosted(group, List.of(event));
                return new Result(group, event, List.of(event));
            }
            ZonedDateTime first = input.startsAt().atZone(input.zone());
            long seriesId = events.createSeries(group.id(), input.recurrence(), first.toLocalTime(), input.zone(), now);
            SeriesSchedule rule = new SeriesSchedule(first, input.recurrence());
            List<ZonedDateTime> starts = rule.occurrencesBefore(0, first.plus(SERIES_HORIZON));
            List<Event> created = new ArrayList<>();
            for (int index = 0; index < starts.size(); index++) {
                created.add(events.create(draft(group, input, seriesId, starts.get(index).toInstant()),
                        actor.memberId(), index, now));
            }
            schedule.carry(seriesId, SeriesTemplate.of(created.getFirst()));
            schedule.anchor(created.getFirst().id(), first);
            schedule.laidOut(seriesId, created.size(), first.plus(SERIES_HORIZON).toInstant());
            notices.eventPosted(group, created);
            return new Result(group, created.getFirst(), created);
        });
    }

    private static Event draft(Group group, Input input, Long seriesId, Instant start) {
        Duration shift = Duration.between(input.startsAt(), start);
        Instant deadline = input.rsvpDeadline() == null ? null : input.rsvpDeadline().plus(shift);
        return new Event(0, group.id(), seriesId, input.title(), input.description(), start,
                start.plus(Duration.between(input.startsAt(), input.endsAt())), input.zone(), input.venue(),
                input.onlineUrl(), input.privateLink(), input.capacity(), input.guestLimit(), deadline,
                EventStatus.SCHEDULED, null, 0, false);
    }
}
