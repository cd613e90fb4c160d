package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeriesTemplate;
import org.convene.core.port.DuePlans;
import org.convene.core.port.EventRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;

/**
 * Changes an event's details (organizers of its group and admins). A larger capacity promotes the waitlist; a
 * capacity below the seats taken is refused. An edit with scope=series changes every later occurrence and the series
 * itself, so occurrences laid out afterwards carry the change; timed messages the edit made due are planned at once.
 */
public final class EditEventUseCase {

    /** The fields to change; {@link Change#keep()} leaves one as it is. */
    public record Input(long eventId, Change<String> title, Change<String> description, Change<Instant> startsAt,
                        Change<Instant> endsAt, Change<String> venue, Change<String> onlineUrl,
                        Change<String> privateLink, Change<Integer> capacity, Change<Integer> guestLimit,
                        Change<Instant> rsvpDeadline, boolean wholeSeries) {
        public Input {
            List.of(title, description, startsAt, endsAt, venue, onlineUrl, privateLink, capacity, guestLimit,
                    rsvpDeadline).forEach(change -> requireNonNull(change, "change"));
            if (!(title.present() || description.present() || startsAt.present() || endsAt.present()
                    || venue.present() || onlineUrl.present() || privateLink.present() || capacity.present()
                    || guestLimit.present() || rsvpDeadline.present())) {
                throw Refusal.invalid("Nothing to change: give at least one of title=, when=, end=, for=, where=, "
                        + "online=, link=, capacity=, guests=, deadline=.");
            }
        }

        /** An edit of this one occurrence only. */
        public Input(long eventId, Change<String> title, Change<String> description, Change<Instant> startsAt,
                     Change<Instant> endsAt, Change<String> venue, Change<String> onlineUrl, Change<String> privateLink,
                     Change<Integer> capacity, Change<Integer> guestLimit, Change<Instant> rsvpDeadline) {
            this(eventId, title, description, startsAt, endsAt, venue, onlineUrl, privateLink, capacity, guestLimit,
                    rsvpDeadline, false);
        }
    }

    /** The event before and after, who came off the waitlist, and the later occurrences changed with it. */
    public record Result(Group group, Event before, Event after, List<Rsvp> promoted, List<Event> later) {
    }

    private final Transactions transactions;
    private final EventRepository events;
    private final Lookups lookups;
    private final Access access;
    private final SeatKeeper seats;
    private final Notices notices;
    private final ScheduleRepository schedule;
    private final DuePlans plans;
    private final Clock clock;

    @Inject
    public EditEventUseCase(Transactions transactions, EventRepository events, Lookups lookups, Access access,
                            SeatKeeper seats, Notices notices, ScheduleRepository schedule, DuePlans plans,
                            Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.seats = requireNonNull(seats, "seats");
        this.notices = requireNonNull(notices, "notices");
        this.schedule = requireNonNull(schedule, "schedule");
        this.plans = requireNonNull(plans, "plans");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result edit(Actor actor, Input input) {
        Result result = changed(actor, input);
        plans.changed(result.after());
        result.later().forEach(plans::changed);
        return result;
    }

    private Result changed(Actor actor, Input input) {
        return transactions.inTransaction(() -> {
            Event before = lookups.lockedEvent(actor, input.eventId());
            Group group = lookups.groupOf(before);
            access.requireOrganizer(actor, group, "edit its events");
            if (before.cancelled()) {
                throw Refusal.conflict("Event #" + before.id() + " was cancelled and cannot be edited.");
            }
            Event after = applied(before, input);
            if (!after.startsAt().equals(before.startsAt()) || !after.endsAt().equals(before.endsAt())
                    || !java.util.Objects.equals(after.rsvpDeadline(), before.rsvpDeadline())) {
                EventFields.times(after.startsAt(), after.endsAt(), after.rsvpDeadline(), after.zone(),
                        clock.instant());
            }
            List<Rsvp> promoted = new ArrayList<>(seats.save(after));
            notices.eventChanged(group, before, after);
            List<Event> later = input.wholeSeries() ? restOfSeries(group, before, after, input, promoted) : List.of();
            return new Result(group, before, after, promoted, later);
        });
    }

    /** Applies the same edit to every later scheduled occurrence, keeping each one's own date. */
    private List<Event> restOfSeries(Group group, Event before, Event after, Input input, List<Rsvp> promoted) {
        if (before.seriesId() == null) {
            throw Refusal.invalid("Event #" + before.id() + " is not part of a series; leave out scope=series.");
        }
        java.time.ZoneId zone = before.zone();
        Duration shift = Duration.between(before.startsAt().atZone(zone).toLocalDateTime(),
                after.startsAt().atZone(zone).toLocalDateTime());
        List<Event> changed = new ArrayList<>();
        for (Event next : events.upcomingInSeries(before.seriesId(), before.startsAt())) {
            if (next.id() == before.id() || next.cancelled()) {
                continue;
            }
            Event occurrence = events.lockById(next.id()).orElseThrow();
            Instant start = occurrence.startsAt().atZone(zone).toLocalDateTime().plus(shift).atZone(zone).toInstant();
            Instant deadline = after.rsvpDeadline() == null ? null
                    : start.minus(Duration.between(after.rsvpDeadline(), after.startsAt()));
            Event updated = new Event(occurrence.id(), occurrence.groupId(), occurrence.seriesId(),
                    input.title().present() ? after.title() : occurrence.title(),
                    input.description().present() ? after.description() : occurrence.description(), start,
                    start.plus(after.duration()), zone, input.venue().present() ? after.venue() : occurrence.venue(),
                    input.onlineUrl().present() ? after.onlineUrl() : occurrence.onlineUrl(),
                    input.privateLink().present() ? after.privateLink() : occurrence.privateLink(),
                    input.capacity().present() ? after.capacity() : occurrence.capacity(),
                    input.guestLimit().present() ? after.guestLimit() : occurrence.guestLimit(),
                    input.rsvpDeadline().present() || input.startsAt().present() ? deadline
                            : occurrence.rsvpDeadline(), occurrence.status(), occurrence.cancelReason(),
                    occurrence.seatsTaken(), occurrence.noShowsBehind());
            try {
                promoted.addAll(seats.save(updated));
            } catch (Refusal refusal) {
                throw new Refusal(refusal.kind(), "For #" + occurrence.id() + " of the series: "
                        + refusal.getMessage());
            }
            notices.eventChanged(group, occurrence, updated);
            changed.add(updated);
        }
        SeriesTemplate template = schedule.template(before.seriesId()).orElseGet(() -> SeriesTemplate.of(before));
        schedule.carry(before.seriesId(), carried(template, after, input));
        if (input.startsAt().present()) {
            schedule.anchor(before.id(), after.startsAt().atZone(zone));
        }
        return changed;
    }

    /** The series' template with the fields this edit changes taken from the edited occurrence. */
    private static SeriesTemplate carried(SeriesTemplate template, Event after, Input input) {
        boolean timed = input.startsAt().present() || input.rsvpDeadline().present();
        Duration deadlineLead = after.rsvpDeadline() == null ? null
                : Duration.between(after.rsvpDeadline(), after.startsAt());
        return new SeriesTemplate(input.title().present() ? after.title() : template.title(),
                input.description().present() ? after.description() : template.description(), after.duration(),
                template.zone(), input.venue().present() ? after.venue() : template.venue(),
                input.onlineUrl().present() ? after.onlineUrl() : template.onlineUrl(),
                input.privateLink().present() ? after.privateLink() : template.privateLink(),
                input.capacity().present() ? after.capacity() : template.capacity(),
                input.guestLimit().present() ? after.guestLimit() : template.guestLimit(),
                timed ? deadlineLead : template.deadlineLead());
    }

    private static Event applied(Event event, Input input) {
        Instant start = input.startsAt().or(event.startsAt());
        Instant end = input.endsAt().present() ? input.endsAt().value()
                : start.plus(event.duration());
        return new Event(event.id(), event.groupId(), event.seriesId(),
                input.title().present() ? EventFields.title(input.title().value()) : event.title(),
                input.description().present() ? EventFields.description(input.description().value())
                        : event.description(),
                requireNonNull(start, "start"), requireNonNull(end, "end"), event.zone(),
                blankToNull(input.venue().or(event.venue())),
                input.onlineUrl().present() ? EventFields.link(input.onlineUrl().value(), "online link")
                        : event.onlineUrl(),
                input.privateLink().present() ? EventFields.link(input.privateLink().value(), "private link")
                        : event.privateLink(),
                input.capacity().present() ? EventFields.capacity(input.capacity().value()) : event.capacity(),
                input.guestLimit().present() ? EventFields.guests(input.guestLimit().or(0)) : event.guestLimit(),
                input.rsvpDeadline().or(event.rsvpDeadline()), event.status(), event.cancelReason(),
                event.seatsTaken(), event.noShowsBehind());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
