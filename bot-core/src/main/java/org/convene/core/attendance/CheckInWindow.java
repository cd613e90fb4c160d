package org.convene.core.attendance;

import java.time.Duration;
import java.time.Instant;
import org.convene.core.domain.Event;
import org.convene.core.port.AttendanceRepository;

/**
 * When confirmed attendees may check in themselves: from {@link #OPENS_BEFORE} before the start until the end, or
 * until an organizer closes attendance. Organizers may mark people from the opening on, also after the end.
 */
public final class CheckInWindow {

    /** How long before an event's start check-in opens. */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

    private CheckInWindow() {
    }

    public static Instant opensAt(Event event) {
        return event.startsAt().minus(OPENS_BEFORE);
    }

    public static boolean opened(Event event, Instant now) {
        return !now.isBefore(opensAt(event));
    }

    /** Whether a member may check in themselves now. */
    public static boolean open(Event event, AttendanceRepository.Sheet sheet, Instant now) {
        return !event.cancelled() && opened(event, now) && now.isBefore(event.endsAt())
                && (sheet == null || !sheet.closed());
    }
}
