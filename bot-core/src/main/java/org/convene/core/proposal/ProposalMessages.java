package org.convene.core.proposal;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Member;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.KindComposer;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.ProposalRepository;
import org.convene.core.reply.Reply;

/**
 * Writes the proposal messages when they are sent: an admin gets a still-open proposal's card with its buttons (one
 * decided meanwhile is not sent); decisions and new groups go out as queued, a new group publicly.
 */
public final class ProposalMessages implements KindComposer {

    /** The messages about proposals and the groups they open. */
    public static final Set<MessageKind> KINDS = Set.of(MessageKind.PROPOSAL_RECEIVED, MessageKind.PROPOSAL_DECIDED,
            MessageKind.GROUP_OPENED);

    private final ProposalRepository proposals;
    private final MemberRepository members;

    @Inject
    public ProposalMessages(ProposalRepository proposals, MemberRepository members) {
        this.proposals = requireNonNull(proposals, "proposals");
        this.members = requireNonNull(members, "members");
    }

    @Override
    public Set<MessageKind> kinds() {
        return KINDS;
    }

    @Override
    public String skipReason() {
        return "it no longer applies";
    }

    @Override
    public Optional<Reply> compose(OutboxMessage message) {
        if (message.kind() == MessageKind.GROUP_OPENED) {
            return Optional.of(Reply.text(message.detail()).publicly());
        }
        if (message.kind() != MessageKind.PROPOSAL_RECEIVED) {
            return Optional.of(Reply.text(message.detail()));
        }
        return proposals.byId(message.communityId(), Long.parseLong(message.detail())).filter(Proposal::open)
                .map(proposal -> Reply.text("A member proposes a new group. Accept it to create the group with its "
                        + "organizers, or decline it with a reason the proposer will read.")
                        .withCard(card(proposal)));
    }

    /** The proposal's card with the names of the people in it. */
    public org.convene.core.reply.Card card(Proposal proposal) {
        String proposer = members.byId(proposal.proposerId()).map(Member::displayName).orElse("a former member");
        List<String> organizers = members.byIds(proposal.organizerIds()).stream().map(Member::displayName).toList();
        return ProposalCards.card(proposal, proposer, organizers);
    }
}
