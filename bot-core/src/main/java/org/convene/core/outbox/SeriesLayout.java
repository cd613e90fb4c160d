package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.SeriesSchedule;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.usecase.PostEventUseCase;

/**
 * Lays out the next occurrences of series that run short of the horizon, from what each series carries: its anchor
 * occurrence (local time and weekday) and its template. A series ended by its organizers is left alone; a cancelled
 * occurrence is only a gap. It lays out a week past the horizon, so each series needs it once a week.
 */
public final class SeriesLayout {

    static final Duration STEP = Duration.ofDays(7);

    private final ScheduleRepository schedule;
    private final EventRepository events;
    private final GroupRepository groups;
    private final OutboxNotices notices;

    @Inject
    public SeriesLayout(ScheduleRepository schedule, EventRepository events, GroupRepository groups,
                        OutboxNotices notices) {
        this.schedule = requireNonNull(schedule, "schedule");
        this.events = requireNonNull(events, "events");
        this.groups = requireNonNull(groups, "groups");
        this.notices = requireNonNull(notices, "notices");
    }

    public void extend(Instant now) {
        Instant horizon = now.plus(PostEventUseCase.SERIES_HORIZON);
        for (ScheduleRepository.SeriesPlan plan : schedule.seriesToLayOut(horizon)) {
            Instant until = horizon.plus(STEP);
            SeriesSchedule rule = new SeriesSchedule(plan.anchor(), plan.rule());
            List<ZonedDateTime> starts = rule.occurrencesBefore(plan.nextOccurrence() - plan.anchorOccurrence(),
                    until.atZone(plan.anchor().getZone()));
            List<Event> added = new ArrayList<>();
            for (int offset = 0; offset < starts.size(); offset++) {
                Event next = plan.template().occurrence(plan.groupId(), plan.seriesId(),
                        starts.get(offset).toInstant());
                added.add(events.create(next, null, plan.nextOccurrence() + offset, now));
            }
            schedule.laidOut(plan.seriesId(), plan.nextOccurrence() + starts.size(), until);
            if (!added.isEmpty()) {
                notices.mirrorAll(groups.byId(plan.groupId()).orElseThrow(), added);
            }
        }
    }
}
