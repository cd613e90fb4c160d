package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;

/** Queues a new date poll's card for each of its group's announcement channels, on every platform, once each. */
public final class PollAnnouncements {

    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final Clock clock;

    @Inject
    public PollAnnouncements(OutboxRepository outbox, GroupRepository groups, Clock clock) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.groups = requireNonNull(groups, "groups");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Call inside the transaction that stored the poll. */
    public void pollOpened(Group group, DatePoll poll) {
        for (ChannelRef channel : groups.channels(group.id())) {
            outbox.add(OutboxMessage.toChannel("poll:" + poll.id() + ":" + channel.platform() + ":"
                    + channel.channelId(), MessageKind.POLL, group.communityId(), null, group.id(), channel,
                    Long.toString(poll.id()), clock.instant()));
        }
    }
}
