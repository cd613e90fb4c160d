package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.EventStatus;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeriesSchedule;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.PostEventUseCase;

/**
 * Writes the messages that time brings: private links at reveal time, channel and member reminders, the Monday
 * digest, and the next occurrences of series as they come within the horizon. Every row has a dedupe key, so any
 * number of instances may plan at once and each message still exists once.
 */
public final class TimedMessagePlanner {

    static final LocalTime DIGEST_TIME = LocalTime.of(9, 0);

    private final Transactions transactions;
    private final ScheduleRepository schedule;
    private final OutboxRepository outbox;
    private final EventRepository events;
    private final GroupRepository groups;
    private final RsvpRepository rsvps;
    private final OutboxNotices notices;
    private final Clock clock;

    @Inject
    public TimedMessagePlanner(Transactions transactions, ScheduleRepository schedule, OutboxRepository outbox,
                               EventRepository events, GroupRepository groups, RsvpRepository rsvps,
                               OutboxNotices notices, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.schedule = requireNonNull(schedule, "schedule");
        this.outbox = requireNonNull(outbox, "outbox");
        this.events = requireNonNull(events, "events");
        this.groups = requireNonNull(groups, "groups");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    public void plan() {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            extendSeries(now);
            schedule.dueForLinkReveal(now).forEach(event -> toConfirmed(event, MessageKind.PRIVATE_LINK, "link"));
            schedule.dueForMemberReminder(now).forEach(event -> toConfirmed(event, MessageKind.MEMBER_REMINDER,
                    "remind-member"));
            schedule.dueForChannelReminder(now).forEach(event -> toChannels(event, now));
            schedule.communities().forEach(community -> digests(community, now));
        });
    }

    private void toConfirmed(Event event, MessageKind kind, String prefix) {
        Group group = groups.byId(event.groupId()).orElseThrow();
        for (Rsvp rsvp : rsvps.forEvent(event.id())) {
            if (rsvp.confirmed()) {
                notices.toMember(group, event, rsvp.memberId(), kind, prefix + ":" + event.id() + ":"
                        + rsvp.memberId() + ":" + event.startsAt().getEpochSecond(), "");
            }
        }
    }

    private void toChannels(Event event, Instant now) {
        Group group = groups.byId(event.groupId()).orElseThrow();
        for (ChannelRef channel : groups.channels(group.id())) {
            outbox.add(OutboxMessage.toChannel("remind-channel:" + event.id() + ":" + event.startsAt().getEpochSecond()
                            + ":" + channel.platform() + ":" + channel.channelId(), MessageKind.CHANNEL_REMINDER,
                    group.communityId(), event.id(), group.id(), channel, "", now));
        }
    }

    private void digests(Community community, Instant now) {
        ZonedDateTime monday = now.atZone(community.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(DIGEST_TIME);
        if (now.isBefore(monday.toInstant()) || !now.isBefore(monday.plusDays(1).toInstant())) {
            return;
        }
        for (Group group : groups.list(community.id())) {
            for (ChannelRef channel : groups.channels(group.id())) {
                outbox.add(new OutboxMessage(0, "digest:" + group.id() + ":" + monday.toLocalDate() + ":"
                        + channel.platform() + ":" + channel.channelId(), MessageKind.DIGEST, community.id(), null,
                        group.id(), null, channel.platform(), channel.spaceId(), channel.channelId(), null, "",
                        monday.toInstant(), 0));
            }
        }
    }

    private void extendSeries(Instant now) {
        Instant horizon = now.plus(PostEventUseCase.SERIES_HORIZON);
        for (ScheduleRepository.SeriesTail tail : schedule.seriesEndingBefore(horizon)) {
            SeriesSchedule series = new SeriesSchedule(tail.firstStart(), tail.rule());
            Event last = tail.last();
            Duration length = last.duration();
            List<Event> added = new ArrayList<>();
            List<ZonedDateTime> starts = series.occurrencesBefore(tail.lastIndex() + 1, horizon.atZone(
                    tail.firstStart().getZone()));
            for (int offset = 0; offset < starts.size(); offset++) {
                Instant start = starts.get(offset).toInstant();
                Instant deadline = last.rsvpDeadline() == null ? null
                        : start.minus(Duration.between(last.rsvpDeadline(), last.startsAt()));
                Event next = new Event(0, last.groupId(), last.seriesId(), last.title(), last.description(), start,
                        start.plus(length), last.zone(), last.venue(), last.onlineUrl(), last.privateLink(),
                        last.capacity(), last.guestLimit(), deadline, EventStatus.SCHEDULED, null, 0);
                added.add(events.create(next, null, tail.lastIndex() + 1 + offset, now));
            }
            if (!added.isEmpty()) {
                notices.mirrorAll(groups.byId(last.groupId()).orElseThrow(), added);
            }
        }
    }
}
