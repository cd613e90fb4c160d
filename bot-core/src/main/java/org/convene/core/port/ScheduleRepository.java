package org.convene.core.port;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.domain.SeriesTemplate;

/**
 * The planner's store: the mark of what it has planned, the events whose timed messages became due in a stretch of
 * time, the communities whose digest did, and the series that carry their own schedule and template.
 */
public interface ScheduleRepository {

    /** A timed message of an event: the private link, the channel reminder, the member reminder. */
    enum Timed { PRIVATE_LINK, CHANNEL_REMINDER, MEMBER_REMINDER }

    /** An event whose timed message of one kind is due. */
    record Due(Event event, Timed timed) {
    }

    /**
     * Moves the planner's mark to {@code now}, locking it until the transaction ends, and returns where it was
     * ({@link Instant#EPOCH} when nothing was ever planned); empty, with nothing changed, when it is already there.
     */
    java.util.Optional<Instant> advanceMark(Instant now);

    /**
     * Scheduled, not yet started events (at {@code until}) of active groups whose timed messages became due after
     * {@code after} and by {@code until}, each lead read from the event's community. Reminders count only for events
     * posted before their reminder time.
     */
    List<Due> dueBetween(Instant after, Instant until);

    /** The timed messages of one event that are due at {@code now}. */
    List<Due> dueNow(long eventId, Instant now);

    /** The same, for every event of a community. */
    List<Due> dueNowInCommunity(long communityId, Instant now);

    /** Communities whose weekly digest (Mondays at {@code at}, local) became due after {@code after}, by {@code until}. */
    List<Community> digestsDueBetween(Instant after, Instant until, LocalTime at);

    /** Series that have not ended and are laid out only to before {@code horizon}. */
    List<SeriesPlan> seriesToLayOut(Instant horizon);

    /** Records that series {@code seriesId} is laid out to {@code until}, its next occurrence numbered {@code next}. */
    void laidOut(long seriesId, int next, Instant until);

    /** The template series {@code seriesId} lays out new occurrences from. */
    java.util.Optional<SeriesTemplate> template(long seriesId);

    /** Makes series {@code seriesId} lay out new occurrences from {@code template}. */
    void carry(long seriesId, SeriesTemplate template);

    /**
     * Makes the series of {@code anchorEventId} follow that occurrence: the ones laid out after it keep its local time
     * and weekday, {@code anchorStart}.
     */
    void anchor(long anchorEventId, ZonedDateTime anchorStart);

    /** Ends a series: no occurrence is laid out after it. */
    void endSeries(long seriesId, Instant now);

    /** A series' rule, anchor occurrence, next occurrence number and template: what it takes to lay out more. */
    record SeriesPlan(long seriesId, long groupId, Recurrence rule, ZonedDateTime anchor, int anchorOccurrence,
                      int nextOccurrence, SeriesTemplate template) {
    }
}
