package org.convene.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attendance of events: each event's check-in code and closing, who checked in, and each community's no-show
 * expiry.
 */
public interface AttendanceRepository {

    /** An event's check-in code, and when an organizer closed its attendance (null while open). */
    record Sheet(long eventId, String code, Instant closedAt) {
        public boolean closed() {
            return closedAt != null;
        }
    }

    /** One member who came: when, and who marked them (null when they checked in themselves). */
    record CheckIn(long memberId, Instant at, Long markedBy) {
    }

    /** One past event a member held a seat for: whether they came, and whether it counts as a no-show. */
    record Entry(long eventId, String title, Instant startsAt, boolean came, boolean noShow) {
    }

    Optional<Sheet> sheet(long eventId);

    /** The event's sheet, made with {@code code} if it has none yet. */
    Sheet sheetOrNew(long eventId, String code);

    /** Gives the event's sheet a new code (making the sheet if needed). */
    Sheet replaceCode(long eventId, String code);

    /** Closes the event's attendance at {@code at} (making the sheet with {@code code} if needed). */
    Sheet close(long eventId, String code, Instant at);

    /** Records that the member came; true when they had not been recorded yet. */
    boolean checkIn(long eventId, long memberId, Instant at, Long markedBy);

    /** Takes back that the member came; true when they had been recorded. */
    boolean uncheck(long eventId, long memberId);

    List<CheckIn> checkIns(long eventId);

    /**
     * The member's seats at events that started before {@code now}, newest first, marking as counting the no-shows
     * at events that started after {@code since}.
     */
    List<Entry> recordOf(long memberId, Instant now, Instant since);

    /** Days a no-show counts in the community, or empty for the default. */
    Optional<Integer> expiryDays(long communityId);

    void setExpiryDays(long communityId, int days);

    /** Sets whether members with a recent no-show wait behind others for the event. */
    void setNoShowsBehind(long eventId, boolean behind);

    /** How many RSVPs the event has (any answer). */
    int answers(long eventId);
}
