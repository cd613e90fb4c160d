package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxRepository;

/** Tells a group's organizers (or, if it has none, the community's admins), by direct message, about a message the bot could not deliver, and why. */
public final class FailureReporter {

    private final OutboxRepository outbox;
    private final EventRepository events;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final Recipients recipients;
    private final Clock clock;

    @Inject
    public FailureReporter(OutboxRepository outbox, EventRepository events, GroupRepository groups,
                           MemberRepository members, Recipients recipients, Clock clock) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.events = requireNonNull(events, "events");
        this.groups = requireNonNull(groups, "groups");
        this.members = requireNonNull(members, "members");
        this.recipients = requireNonNull(recipients, "recipients");
        this.clock = requireNonNull(clock, "clock");
    }

    public void report(OutboxMessage failed, String reason) {
        if (failed.kind() == MessageKind.DELIVERY_FAILED || failed.kind() == MessageKind.CALENDAR
                || failed.kind() == MessageKind.SPACE_REMOVED) {
            return;
        }
        Event event = failed.eventId() == null ? null : events.byId(failed.eventId()).orElse(null);
        Long groupId = event != null ? Long.valueOf(event.groupId()) : failed.groupId();
        if (groupId == null) {
            return;
        }
        Group group = groups.byId(groupId).orElseThrow();
        String who = failed.memberId() == null ? "channel " + failed.channelId() + " on " + failed.platform()
                .displayName() : members.byId(failed.memberId()).map(Member::displayName).orElse("a member");
        String about = event == null ? group.name() : "#" + event.id() + " " + event.title();
        String text = "I could not deliver a message (" + failed.kind().name().toLowerCase().replace('_', ' ')
                + " about " + about + ") to " + who + ": " + reason + ".";
        java.util.List<Member> told = groups.organizers(group.id());
        for (Member organizer : told.isEmpty() ? members.admins(group.communityId()) : told) {
            recipients.of(group.communityId(), organizer.id()).ifPresent(recipient -> outbox.add(
                    OutboxMessage.toMember("failed:" + failed.id() + ":" + organizer.id(),
                            MessageKind.DELIVERY_FAILED, group.communityId(), failed.eventId(), organizer.id(),
                            recipient, text, clock.instant())));
        }
    }
}
