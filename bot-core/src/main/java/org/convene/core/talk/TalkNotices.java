package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipients;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxRepository;

/**
 * Tells, through the outbox and in the same transaction as the change: each organizer of the event's group about
 * each offer (the community's admins when the group has no organizer), and the presenter when an organizer accepts
 * or declines. Each message's key makes it exist once; its words are composed when it is sent.
 */
public final class TalkNotices {

    private final OutboxRepository outbox;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final Recipients recipients;
    private final Clock clock;

    @Inject
    public TalkNotices(OutboxRepository outbox, GroupRepository groups, MemberRepository members,
                       Recipients recipients, Clock clock) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.groups = requireNonNull(groups, "groups");
        this.members = requireNonNull(members, "members");
        this.recipients = requireNonNull(recipients, "recipients");
        this.clock = requireNonNull(clock, "clock");
    }

    public void offered(Group group, Event event, TalkOffer offer) {
        List<Member> organizers = groups.organizers(group.id());
        List<Member> told = organizers.isEmpty() ? members.admins(group.communityId()) : organizers;
        for (Member organizer : told) {
            toMember(group, event, organizer.id(), MessageKind.TALK_OFFERED,
                    "talk-offered:" + offer.id() + ":" + organizer.id(), offer);
        }
    }

    public void decided(Group group, Event event, TalkOffer offer, OfferState state) {
        toMember(group, event, offer.memberId(), MessageKind.TALK_ANSWERED,
                "talk-answered:" + offer.id() + ":" + state, offer);
    }

    private void toMember(Group group, Event event, long memberId, MessageKind kind, String key, TalkOffer offer) {
        recipients.of(group.communityId(), memberId).ifPresent(recipient -> outbox.add(OutboxMessage.toMember(key,
                kind, group.communityId(), event.id(), memberId, recipient, Long.toString(offer.id()),
                clock.instant())));
    }
}
