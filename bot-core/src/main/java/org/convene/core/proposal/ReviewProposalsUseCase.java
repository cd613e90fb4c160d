package org.convene.core.proposal;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.ProposalRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.OrganizersUseCase;

/**
 * Admins review group proposals: list the open ones, accept one (in one transaction holding the proposal's row lock:
 * the group is created, the proposer and co-organizers organize it, everyone concerned is told), decline one with a
 * reason the proposer reads, and write the guidelines. An admin who reviews is remembered and hears of new proposals.
 */
public final class ReviewProposalsUseCase {

    /** The most open proposals listed at once. */
    public static final int LIST_LIMIT = 20;

    /** An accepted proposal: the new group and its organizers. */
    public record Accepted(Proposal proposal, Group group, List<Member> organizers) {
    }

    private final Transactions transactions;
    private final ProposalRepository proposals;
    private final MemberRepository members;
    private final CreateGroupUseCase createGroup;
    private final OrganizersUseCase organizers;
    private final ProposalNotices notices;
    private final Access access;
    private final Clock clock;

    @Inject
    public ReviewProposalsUseCase(Transactions transactions, ProposalRepository proposals, MemberRepository members,
                                  CreateGroupUseCase createGroup, OrganizersUseCase organizers,
                                  ProposalNotices notices, Access access, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.proposals = requireNonNull(proposals, "proposals");
        this.members = requireNonNull(members, "members");
        this.createGroup = requireNonNull(createGroup, "createGroup");
        this.organizers = requireNonNull(organizers, "organizers");
        this.notices = requireNonNull(notices, "notices");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public List<Proposal> open(Actor actor) {
        access.requireAdmin(actor, "review group proposals");
        proposals.addReviewer(actor.communityId(), actor.memberId());
        return proposals.open(actor.communityId(), LIST_LIMIT);
    }

    public Accepted accept(Actor actor, long proposalId) {
        access.requireAdmin(actor, "accept group proposals");
        return transactions.inTransaction(() -> {
            Proposal proposal = openProposal(actor, proposalId);
            Group group;
            try {
                group = createGroup.create(actor, new CreateGroupUseCase.Input(proposal.slug(), proposal.name(),
                        proposal.description()));
            } catch (Refusal taken) {
                throw Refusal.conflict("The short name " + proposal.slug() + " was taken since proposal #"
                        + proposal.id() + " was made, so it stays open: decline it with a reason, such as asking "
                        + "for another short name.");
            }
            List<Long> ids = new ArrayList<>();
            ids.add(proposal.proposerId());
            ids.addAll(proposal.organizerIds());
            List<Member> named = members.byIds(ids);
            organizers.addAll(group, named);
            proposals.accept(proposal.id(), actor.memberId(), group.id(), clock.instant());
            proposals.addReviewer(actor.communityId(), actor.memberId());
            notices.accepted(proposal, group, named);
            return new Accepted(proposal, group, named);
        });
    }

    public Proposal decline(Actor actor, long proposalId, String reason) {
        access.requireAdmin(actor, "decline group proposals");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Refusal.invalid("Say why, for the proposer: /meetup proposals decline " + proposalId
                    + " We already have a group for this.");
        }
        if (why.length() > 1000) {
            throw Refusal.invalid("A reason can be at most 1000 characters; this one has " + why.length() + ".");
        }
        return transactions.inTransaction(() -> {
            Proposal proposal = openProposal(actor, proposalId);
            proposals.decline(proposal.id(), actor.memberId(), why, clock.instant());
            proposals.addReviewer(actor.communityId(), actor.memberId());
            notices.declined(proposal, why);
            return proposal;
        });
    }

    /** Sets the guidelines (a blank text goes back to the default) and gives those now in force. */
    public String setGuidelines(Actor actor, String text) {
        access.requireAdmin(actor, "write the proposal guidelines");
        String guidelines = text == null ? "" : text.strip();
        if (guidelines.length() > 2000) {
            throw Refusal.invalid("Guidelines can be at most 2000 characters; these have " + guidelines.length()
                    + ".");
        }
        transactions.inTransaction(() -> {
            proposals.setGuidelines(actor.communityId(), guidelines.isEmpty() ? null : guidelines);
            proposals.addReviewer(actor.communityId(), actor.memberId());
            return null;
        });
        return guidelines.isEmpty() ? ProposeGroupUseCase.DEFAULT_GUIDELINES : guidelines;
    }

    private Proposal openProposal(Actor actor, long proposalId) {
        Proposal proposal = proposals.lock(actor.communityId(), proposalId).orElseThrow(() -> Refusal.notFound(
                "There is no proposal #" + proposalId + "; /meetup proposals lists the open ones."));
        if (!proposal.open()) {
            throw Refusal.conflict("Proposal #" + proposalId + " was already "
                    + (proposal.status() == Proposal.Status.ACCEPTED ? "accepted" : "declined")
                    + "; nothing changed.");
        }
        return proposal;
    }
}
