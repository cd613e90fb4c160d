package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Stream;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.ReminderLeads;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.DuePlans;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.ScheduleRepository.Timed;
import org.convene.core.port.Transactions;

/**
 * Plans what a committed change made due at once. It reads the clock after the change committed, so whatever the
 * planner's tick missed (its reading came before the commit) is already due here: between the two, every due
 * message is written. An answer far from its event's windows costs no statement.
 */
public final class ChangePlanner implements DuePlans {

    private final Transactions transactions;
    private final ScheduleRepository schedule;
    private final GroupRepository groups;
    private final CommunityRepository communities;
    private final TimedMessages messages;
    private final Clock clock;

    @Inject
    public ChangePlanner(Transactions transactions, ScheduleRepository schedule, GroupRepository groups,
                         CommunityRepository communities, TimedMessages messages, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.schedule = requireNonNull(schedule, "schedule");
        this.groups = requireNonNull(groups, "groups");
        this.communities = requireNonNull(communities, "communities");
        this.messages = requireNonNull(messages, "messages");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public void answered(Event event, Collection<Long> members) {
        Instant now = clock.instant();
        if (members.isEmpty() || !insideAWindow(event, now)) {
            return;
        }
        transactions.inTransaction(() -> {
            schedule.dueNow(event.id(), now).stream().filter(due -> due.timed() != Timed.CHANNEL_REMINDER)
                    .forEach(due -> messages.writeFor(due, members));
            return null;
        });
    }

    @Override
    public void changed(Event event) {
        Instant now = clock.instant();
        if (!insideAWindow(event, now)) {
            return;
        }
        transactions.inTransaction(() -> {
            schedule.dueNow(event.id(), now).forEach(due -> messages.write(due, now));
            return null;
        });
    }

    @Override
    public void leadsChanged(long communityId) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            schedule.dueNowInCommunity(communityId, now).forEach(due -> messages.write(due, now));
            return null;
        });
    }

    /** Whether any of the event's timed messages could be due: it has not started and a lead has begun. */
    private boolean insideAWindow(Event event, Instant now) {
        if (event.cancelled() || !event.startsAt().isAfter(now)) {
            return false;
        }
        Group group = groups.byId(event.groupId()).orElseThrow();
        ReminderLeads leads = communities.byId(group.communityId()).orElseThrow().leads();
        return Stream.of(leads.linkReveal(), leads.channelReminder(), leads.memberReminder())
                .anyMatch(lead -> !event.startsAt().minus(lead).isAfter(now));
    }
}
