package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.LinkReveal;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.Notices;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;

/** Turns what the use cases report into outbox rows, inside their transaction, one per channel or per person. */
public final class OutboxNotices implements Notices {

    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final CommunityRepository communities;
    private final RsvpRepository rsvps;
    private final Recipients recipients;
    private final Clock clock;

    @Inject
    public OutboxNotices(OutboxRepository outbox, GroupRepository groups, CommunityRepository communities,
                         RsvpRepository rsvps, Recipients recipients, Clock clock) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.groups = requireNonNull(groups, "groups");
        this.communities = requireNonNull(communities, "communities");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.recipients = requireNonNull(recipients, "recipients");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public void eventPosted(Group group, List<Event> occurrences) {
        Event first = occurrences.getFirst();
        toChannels(group, first, MessageKind.ANNOUNCEMENT, "announce:" + first.id(), "");
        occurrences.forEach(event -> mirror(group, event));
    }

    @Override
    public void eventChanged(Group group, Event before, Event after) {
        mirror(group, after);
        String changes = changes(before, after);
        if (changes.isEmpty()) {
            return;
        }
        String stamp = ":" + clock.millis();
        toChannels(group, after, MessageKind.CHANGE_NOTICE, "change:" + after.id() + stamp, changes);
        toAnswered(group, after, MessageKind.CHANGED, "changed:" + after.id() + stamp, changes);
        if (!Objects.equals(before.privateLink(), after.privateLink())) {
            newLinkToConfirmed(group, after);
        }
    }

    /**
     * A link changed once it is already revealed goes at once, in a DM, to each confirmed attendee; before the
     * reveal the planner's message will carry it. The first such message has the planner's key (so the planner does
     * not send it again); a later change gets a key of its own, so each new link is sent once.
     */
    private void newLinkToConfirmed(Group group, Event event) {
        Instant now = clock.instant();
        Community community = communities.byId(group.communityId()).orElseThrow();
        if (event.privateLink() == null || event.cancelled() || event.started(now)
                || now.isBefore(LinkReveal.revealAt(event, community.leads().linkReveal()))) {
            return;
        }
        for (Rsvp rsvp : rsvps.forEvent(event.id())) {
            if (rsvp.confirmed()) {
                String planned = "link:" + event.id() + ":" + rsvp.memberId() + ":" + event.startsAt().getEpochSecond();
                recipients.of(group.communityId(), rsvp.memberId()).ifPresent(recipient -> {
                    if (!outbox.add(OutboxMessage.toMember(planned, MessageKind.PRIVATE_LINK, group.communityId(),
                            event.id(), rsvp.memberId(), recipient, "", now))) {
                        outbox.add(OutboxMessage.toMember(planned + ":changed:" + now.toEpochMilli(),
                                MessageKind.PRIVATE_LINK, group.communityId(), event.id(), rsvp.memberId(),
                                recipient, "", now));
                    }
                });
            }
        }
    }

    @Override
    public void eventCancelled(Group group, Event event) {
        String reason = event.cancelReason() == null ? "" : event.cancelReason();
        toChannels(group, event, MessageKind.CANCELLATION_NOTICE, "cancel:" + event.id(), reason);
        toAnswered(group, event, MessageKind.CANCELLED, "cancelled:" + event.id(), reason);
        mirror(group, event);
    }

    /** The channels hear once, about the first occurrence; each attendee once, about their first one. */
    @Override
    public void seriesEnded(Group group, List<Event> occurrences) {
        Event first = occurrences.getFirst();
        String reason = first.cancelReason() == null ? "" : first.cancelReason();
        toChannels(group, first, MessageKind.CANCELLATION_NOTICE, "cancel:" + first.id(), reason);
        java.util.Set<Long> told = new java.util.HashSet<>();
        for (Event event : occurrences) {
            for (Rsvp rsvp : rsvps.forEvent(event.id())) {
                if ((rsvp.confirmed() || rsvp.waitlisted()) && told.add(rsvp.memberId())) {
                    toMember(group, event, rsvp.memberId(), MessageKind.CANCELLED,
                            "cancelled:" + event.id() + ":" + rsvp.memberId(), reason);
                }
            }
            mirror(group, event);
        }
    }

    @Override
    public void promoted(Event event, List<Rsvp> promoted) {
        Group group = groups.byId(event.groupId()).orElseThrow();
        for (Rsvp rsvp : promoted) {
            toMember(group, event, rsvp.memberId(), MessageKind.PROMOTED,
                    "promoted:" + event.id() + ":" + rsvp.memberId() + ":" + clock.millis(), "");
        }
    }

    private void toChannels(Group group, Event event, MessageKind kind, String key, String detail) {
        for (ChannelRef channel : groups.channels(group.id())) {
            outbox.add(OutboxMessage.toChannel(key + ":" + channel.platform() + ":" + channel.channelId(), kind,
                    group.communityId(), event.id(), group.id(), channel, detail, clock.instant()));
        }
    }

    private void toAnswered(Group group, Event event, MessageKind kind, String key, String detail) {
        for (Rsvp rsvp : rsvps.forEvent(event.id())) {
            if (rsvp.confirmed() || rsvp.waitlisted()) {
                toMember(group, event, rsvp.memberId(), kind, key + ":" + rsvp.memberId(), detail);
            }
        }
    }

    void toMember(Group group, Event event, long memberId, MessageKind kind, String key, String detail) {
        recipients.of(group.communityId(), memberId).ifPresent(recipient -> outbox.add(OutboxMessage.toMember(key,
                kind, group.communityId(), event.id(), memberId, recipient, detail, clock.instant())));
    }

    /** Mirrors new occurrences of a series to the platform calendars, without announcing each one. */
    void mirrorAll(Group group, List<Event> occurrences) {
        occurrences.forEach(event -> mirror(group, event));
    }

    private void mirror(Group group, Event event) {
        for (SpaceRef space : communities.spaces(group.communityId())) {
            if (space.platform() == Platform.DISCORD) {
                outbox.add(OutboxMessage.toChannel("calendar:" + event.id() + ":" + space.spaceId() + ":"
                                + clock.millis(), MessageKind.CALENDAR, group.communityId(), event.id(), group.id(),
                        new ChannelRef(space.platform(), space.spaceId(), "calendar"), "", clock.instant()));
            }
        }
    }

    /** What changed that attendees must hear about (time, place or link), for the row's detail; empty when nothing. */
    static String changes(Event before, Event after) {
        return ChangeDetail.of(before, after);
    }
}
