package org.convene.core.proposal;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipients;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.ProposalRepository;

/**
 * Queues what a proposal's life tells people, in the transaction of the change: the reviewing admins hear of a new
 * proposal; the proposer hears the decision (with the reason of a decline); on acceptance the named co-organizers
 * hear it too and every channel where the community's groups announce is told of the new group.
 */
public final class ProposalNotices {

    private final OutboxRepository outbox;
    private final Recipients recipients;
    private final GroupRepository groups;
    private final ProposalRepository proposals;
    private final Clock clock;

    @Inject
    public ProposalNotices(OutboxRepository outbox, Recipients recipients, GroupRepository groups,
                           ProposalRepository proposals, Clock clock) {
        this.outbox = requireNonNull(outbox, "outbox");
        this.recipients = requireNonNull(recipients, "recipients");
        this.groups = requireNonNull(groups, "groups");
        this.proposals = requireNonNull(proposals, "proposals");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Each reviewing admin (but the proposer) gets the proposal's card; the words are composed when it is sent. */
    void received(Proposal proposal) {
        for (long admin : proposals.reviewers(proposal.communityId())) {
            if (admin != proposal.proposerId()) {
                toMember(proposal, admin, MessageKind.PROPOSAL_RECEIVED, "proposal:" + proposal.id() + ":" + admin,
                        Long.toString(proposal.id()));
            }
        }
    }

    void accepted(Proposal proposal, Group group, List<Member> organizers) {
        String names = String.join(", ", organizers.stream().map(Member::displayName).toList());
        for (Member organizer : organizers) {
            String text = organizer.id() == proposal.proposerId()
                    ? "Your proposal #" + proposal.id() + " was accepted: " + group.name() + " (" + group.slug()
                    + ") exists, organized by " + names + ". Post its first event with /meetup post " + group.slug()
                    + " and choose where it announces with /meetup announce-here " + group.slug() + "."
                    : "You now organize " + group.name() + " (" + group.slug() + "), proposed with you by a member "
                    + "and accepted. Post its first event with /meetup post " + group.slug() + ".";
            toMember(proposal, organizer.id(), MessageKind.PROPOSAL_DECIDED,
                    "proposal-decided:" + proposal.id() + ":" + organizer.id(), text);
        }
        String announcement = "A new group: " + group.name() + " (" + group.slug() + ")"
                + (group.description().isEmpty() ? "" : " — " + group.description()) + ". Join it with /meetup join "
                + group.slug() + ".";
        for (ChannelRef channel : communityChannels(group.communityId())) {
            outbox.add(OutboxMessage.toChannel("group-opened:" + group.id() + ":" + channel.platform() + ":"
                            + channel.spaceId() + ":" + channel.channelId(), MessageKind.GROUP_OPENED,
                    group.communityId(), null, group.id(), channel, announcement, clock.instant()));
        }
    }

    void declined(Proposal proposal, String reason) {
        toMember(proposal, proposal.proposerId(), MessageKind.PROPOSAL_DECIDED,
                "proposal-decided:" + proposal.id() + ":" + proposal.proposerId(), "Your proposal #" + proposal.id()
                        + " of " + proposal.name() + " (" + proposal.slug() + ") was declined: " + reason);
    }

    private Set<ChannelRef> communityChannels(long communityId) {
        Set<ChannelRef> channels = new LinkedHashSet<>();
        for (Group group : groups.list(communityId)) {
            channels.addAll(groups.channels(group.id()));
        }
        return channels;
    }

    private void toMember(Proposal proposal, long memberId, MessageKind kind, String key, String detail) {
        recipients.of(proposal.communityId(), memberId).ifPresent(recipient -> outbox.add(OutboxMessage.toMember(
                key, kind, proposal.communityId(), null, memberId, recipient, detail, clock.instant())));
    }
}
