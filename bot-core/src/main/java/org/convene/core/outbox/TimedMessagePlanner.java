package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Community;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;

/**
 * Writes the messages that time brings: private links at reveal time, channel and member reminders, the Monday
 * digest, and the next occurrences of series. Each tick plans only what became due since the shared mark of what
 * was planned, and moves the mark; what a change makes due behind the mark is planned by the change
 * ({@link ChangePlanner}). Every row has a dedupe key, so any number of instances may plan at once and each message
 * still exists once.
 */
public final class TimedMessagePlanner {

    static final LocalTime DIGEST_TIME = LocalTime.of(9, 0);
    /** A digest is due at 9:00 on Monday somewhere from 14 hours before that in UTC to 12 hours after. */
    private static final Duration EARLIEST_ZONE = Duration.ofHours(14);
    private static final Duration LATEST_ZONE = Duration.ofHours(12);

    private final Transactions transactions;
    private final ScheduleRepository schedule;
    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final TimedMessages messages;
    private final SeriesLayout series;
    private final Clock clock;

    @Inject
    public TimedMessagePlanner(Transactions transactions, ScheduleRepository schedule, OutboxRepository outbox,
                               GroupRepository groups, TimedMessages messages, SeriesLayout series, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.schedule = requireNonNull(schedule, "schedule");
        this.outbox = requireNonNull(outbox, "outbox");
        this.groups = requireNonNull(groups, "groups");
        this.messages = requireNonNull(messages, "messages");
        this.series = requireNonNull(series, "series");
        this.clock = requireNonNull(clock, "clock");
    }

    public void plan() {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            schedule.advanceMark(now).ifPresent(after -> {
                schedule.dueBetween(after, now).forEach(due -> messages.write(due, now));
                if (digestMayBeDue(after, now)) {
                    schedule.digestsDueBetween(after, now, DIGEST_TIME).forEach(community -> digests(community, now));
                }
                series.extend(now);
            });
            return null;
        });
    }

    /** Whether 9:00 on some Monday, in some zone, falls after {@code after} and by {@code now}. */
    static boolean digestMayBeDue(Instant after, Instant now) {
        ZonedDateTime monday = now.atZone(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(DIGEST_TIME);
        for (int week = -1; week <= 1; week++) {
            ZonedDateTime digest = monday.plusWeeks(week);
            if (!digest.minus(EARLIEST_ZONE).toInstant().isAfter(now)
                    && digest.plus(LATEST_ZONE).toInstant().isAfter(after)) {
                return true;
            }
        }
        return Duration.between(after, now).compareTo(Duration.ofDays(7)) > 0;
    }

    private void digests(Community community, Instant now) {
        ZonedDateTime monday = now.atZone(community.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(DIGEST_TIME);
        for (Group group : groups.list(community.id())) {
            for (ChannelRef channel : groups.channels(group.id())) {
                outbox.add(new OutboxMessage(0, "digest:" + group.id() + ":" + monday.toLocalDate() + ":"
                        + channel.platform() + ":" + channel.channelId(), MessageKind.DIGEST, community.id(), null,
                        group.id(), null, channel.platform(), channel.spaceId(), channel.channelId(), null, "",
                        monday.toInstant(), 0));
            }
        }
    }
}
