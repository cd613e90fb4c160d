package org.convene.core.attendance;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.AttendanceRepository;
import org.convene.core.port.AttendanceRepository.Sheet;
import org.convene.core.port.RsvpRepository;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Lookups;

/**
 * A confirmed attendee checks in with the code the organizers show, while the check-in window is open. A closed
 * window, a missing seat or a wrong code is refused with what to do, and nothing changes; checking in twice is fine.
 */
public final class CheckInUseCase {

    /** The event checked in to, and whether the member had already checked in. */
    public record CheckedIn(Event event, boolean already) {
    }

    private final AttendanceRepository attendance;
    private final RsvpRepository rsvps;
    private final Lookups lookups;
    private final Clock clock;

    @Inject
    public CheckInUseCase(AttendanceRepository attendance, RsvpRepository rsvps, Lookups lookups, Clock clock) {
        this.attendance = requireNonNull(attendance, "attendance");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.lookups = requireNonNull(lookups, "lookups");
        this.clock = requireNonNull(clock, "clock");
    }

    public CheckedIn checkIn(Actor actor, long eventId, String code) {
        Event event = lookups.event(actor, eventId);
        Instant now = clock.instant();
        Sheet sheet = attendance.sheet(event.id()).orElse(null);
        if (!CheckInWindow.open(event, sheet, now)) {
            throw Refusal.conflict(closedWhy(event, sheet, now));
        }
        Rsvp rsvp = rsvps.find(event.id(), actor.memberId()).orElse(null);
        if (rsvp == null || !rsvp.confirmed()) {
            throw Refusal.conflict("Only confirmed attendees check in, and you hold no seat at \"" + event.title()
                    + "\"" + (rsvp != null && rsvp.waitlisted() ? " (you are on its waitlist)" : "")
                    + "; an organizer can mark you if you are there.");
        }
        if (sheet == null || !sheet.code().equals(CheckInCodes.normalize(code))) {
            throw Refusal.invalid("That is not the check-in code of \"" + event.title()
                    + "\"; type the letters the organizers show, like /meetup checkin " + event.id() + " KXMTP.");
        }
        boolean first = attendance.checkIn(event.id(), actor.memberId(), now, null);
        return new CheckedIn(event, !first);
    }

    private static String closedWhy(Event event, Sheet sheet, Instant now) {
        String title = "\"" + event.title() + "\"";
        if (event.cancelled()) {
            return title + " was cancelled, so there is no check-in.";
        }
        if (!CheckInWindow.opened(event, now)) {
            return "Check-in for " + title + " opens " + CheckInWindow.OPENS_BEFORE.toMinutes()
                    + " minutes before it starts; try again then.";
        }
        if (sheet != null && sheet.closed()) {
            return "The organizers have closed attendance for " + title + "; ask one of them to mark you.";
        }
        return title + " has ended, so check-in is over; ask an organizer to mark you.";
    }
}
