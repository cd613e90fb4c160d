package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.ScheduleRepository.Due;
import org.convene.core.port.ScheduleRepository.Timed;

/**
 * Writes the outbox rows of a due timed message: the private link or the member reminder to each confirmed attendee,
 * the channel reminder to each of the group's channels. Keys name the event's start, so a message exists once per
 * start however often and wherever it is planned.
 */
public final class TimedMessages {

    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final RsvpRepository rsvps;
    private final OutboxNotices notices;

    @Inject
    public TimedMessages(OutboxRepository outbox, GroupRepository groups, RsvpRepository rsvps,
                         OutboxNotices notices) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.groups = requireNonNull(groups, "groups");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.notices = requireNonNull(notices, "notices");
    }

    /** Every row of {@code due}: to all confirmed attendees, or to all channels. */
    public void write(Due due, Instant now) {
        Event event = due.event();
        Group group = groups.byId(event.groupId()).orElseThrow();
        switch (due.timed()) {
            case PRIVATE_LINK, MEMBER_REMINDER -> rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed)
                    .forEach(rsvp -> toMember(group, due, rsvp.memberId()));
            case CHANNEL_REMINDER -> toChannels(group, event, now);
        }
    }

    /** The rows of {@code due} for those of {@code members} who hold a seat now. */
    public void writeFor(Due due, Collection<Long> members) {
        Event event = due.event();
        Group group = groups.byId(event.groupId()).orElseThrow();
        for (long member : members) {
            if (rsvps.find(event.id(), member).map(Rsvp::confirmed).orElse(false)) {
                toMember(group, due, member);
            }
        }
    }

    private void toMember(Group group, Due due, long memberId) {
        Event event = due.event();
        boolean link = due.timed() == Timed.PRIVATE_LINK;
        notices.toMember(group, event, memberId, link ? MessageKind.PRIVATE_LINK : MessageKind.MEMBER_REMINDER,
                (link ? "link:" : "remind-member:") + event.id() + ":" + memberId + ":"
                        + event.startsAt().getEpochSecond(), "");
    }

    private void toChannels(Group group, Event event, Instant now) {
        for (ChannelRef channel : groups.channels(group.id())) {
            outbox.add(OutboxMessage.toChannel("remind-channel:" + event.id() + ":" + event.startsAt().getEpochSecond()
                            + ":" + channel.platform() + ":" + channel.channelId(), MessageKind.CHANNEL_REMINDER,
                    group.communityId(), event.id(), group.id(), channel, "", now));
        }
    }
}
