package org.convene.core.port;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;

/** The queries behind timed messages: which events are due a link reveal or reminder, and which series run short. */
public interface ScheduleRepository {

    /** Scheduled events with a private link whose reveal time (the community's lead before the start) has come. */
    List<Event> dueForLinkReveal(Instant now);

    /** Scheduled, not yet started events inside the community's channel-reminder lead, posted before it began. */
    List<Event> dueForChannelReminder(Instant now);

    /** Scheduled, not yet started events inside the community's member-reminder lead, posted before it began. */
    List<Event> dueForMemberReminder(Instant now);

    List<Community> communities();

    /** Series whose last occurrence starts before {@code horizon}, with what it takes to lay out the next ones. */
    List<SeriesTail> seriesEndingBefore(Instant horizon);

    /** A series' rule, its first start, and its last occurrence (the template for the next ones). */
    record SeriesTail(long seriesId, Recurrence rule, ZonedDateTime firstStart, int lastIndex, Event last) {
    }
}
