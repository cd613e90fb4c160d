package org.convene.core.attendance;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.convene.core.domain.Refusal;
import org.convene.core.port.AttendanceRepository;
import org.convene.core.port.AttendanceRepository.Entry;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;

/**
 * A member's own attendance record (came or no-show per past event, and the no-shows that still count), and how many
 * days a no-show counts in the community, which admins set.
 */
public final class AttendanceRecordUseCase {

    /** The member's entries, newest first, how many no-shows still count, and for how many days they count. */
    public record Record(List<Entry> entries, int countingNoShows, int expiryDays) {
    }

    private final AttendanceRepository attendance;
    private final Access access;
    private final Clock clock;

    @Inject
    public AttendanceRecordUseCase(AttendanceRepository attendance, Access access, Clock clock) {
        this.attendance = requireNonNull(attendance, "attendance");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public Record mine(Actor actor) {
        int days = expiryDays(actor);
        Instant now = clock.instant();
        List<Entry> entries = attendance.recordOf(actor.memberId(), now, now.minus(NoShowExpiry.of(days)));
        return new Record(entries, (int) entries.stream().filter(Entry::noShow).count(), days);
    }

    public int expiryDays(Actor actor) {
        return attendance.expiryDays(actor.communityId()).orElse(NoShowExpiry.DEFAULT_DAYS);
    }

    /** Sets how many days a no-show counts (admins only). */
    public int changeExpiry(Actor actor, int days) {
        access.requireAdmin(actor, "change how long a no-show counts");
        if (days < 1 || days > NoShowExpiry.MOST_DAYS) {
            throw Refusal.invalid("A no-show can count from 1 to " + NoShowExpiry.MOST_DAYS + " days; you asked for "
                    + days + ". Type, for example, /meetup attendance expiry=90d.");
        }
        attendance.setExpiryDays(actor.communityId(), days);
        return days;
    }
}
