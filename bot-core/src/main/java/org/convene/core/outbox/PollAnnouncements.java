package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;

/**
 * What date polls tell through the outbox: a new poll's card to each of its group's announcement channels, on every
 * platform, and once its event is posted, the chosen date with the event's card to each member who voted.
 */
public final class PollAnnouncements {

    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final Recipients recipients;
    private final Clock clock;

    @Inject
    public PollAnnouncements(OutboxRepository outbox, GroupRepository groups, Recipients recipients, Clock clock) {
        this.recipients = requireNonNull(recipients, "recipients");
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

    /** Call inside the transaction that posted the poll's event: one message to each voter, once. */
    public void dateChosen(Group group, DatePoll poll, Event event, List<Long> voters) {
        for (long voter : voters) {
            recipients.of(group.communityId(), voter).ifPresent(recipient -> outbox.add(OutboxMessage.toMember(
                    "poll-decided:" + poll.id() + ":" + voter, MessageKind.POLL_DECIDED, group.communityId(),
                    event.id(), voter, recipient, Long.toString(poll.id()), clock.instant())));
        }
    }
}
