package org.convene.core.proposal;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.ProposalRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.Members;

/**
 * Any member proposes a group: its short name, name, description, why, and up to three co-organizers (four with the
 * proposer). The admins who review proposals are told; the guidelines say what a good proposal holds.
 */
public final class ProposeGroupUseCase {

    /** At most this many co-organizers besides the proposer, so a group has one to four organizers. */
    public static final int CO_ORGANIZER_LIMIT = 3;
    /** What members read before proposing when the admins have not written guidelines. */
    public static final String DEFAULT_GUIDELINES = "Propose a group the community is missing: give it a short name "
            + "(letters, digits and dashes), a name, what it is about and why it should exist, and name up to three "
            + "co-organizers. An admin accepts it (the group is created with you as an organizer) or declines it "
            + "with a reason.";

    /** A proposal as typed: {@code group} is checked like a group to create. */
    public record Input(CreateGroupUseCase.Input group, String why, List<MemberRef> organizers) {
        public Input {
            requireNonNull(group, "group");
            why = why == null ? "" : why.strip();
            if (why.length() > 1000) {
                throw Refusal.invalid("Why can be at most 1000 characters; this one has " + why.length() + ".");
            }
            organizers = organizers == null ? List.of() : List.copyOf(organizers);
            if (organizers.size() > CO_ORGANIZER_LIMIT) {
                throw Refusal.invalid("Name at most " + CO_ORGANIZER_LIMIT + " co-organizers; a group has one to "
                        + "four organizers, you included.");
            }
        }
    }

    private final Transactions transactions;
    private final ProposalRepository proposals;
    private final GroupRepository groups;
    private final Members members;
    private final ProposalNotices notices;
    private final Clock clock;

    @Inject
    public ProposeGroupUseCase(Transactions transactions, ProposalRepository proposals, GroupRepository groups,
                               Members members, ProposalNotices notices, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.proposals = requireNonNull(proposals, "proposals");
        this.groups = requireNonNull(groups, "groups");
        this.members = requireNonNull(members, "members");
        this.notices = requireNonNull(notices, "notices");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The guidelines a member reads before proposing. */
    public String guidelines(Actor actor) {
        return proposals.guidelines(actor.communityId()).orElse(DEFAULT_GUIDELINES);
    }

    public Proposal propose(Actor actor, Input input) {
        CreateGroupUseCase.Input group = input.group();
        return transactions.inTransaction(() -> {
            if (groups.bySlug(actor.communityId(), group.slug()).isPresent()) {
                throw Refusal.conflict("There is already a group called " + group.slug()
                        + "; choose another short name.");
            }
            proposals.open(actor.communityId(), Integer.MAX_VALUE).stream()
                    .filter(open -> open.slug().equals(group.slug())).findFirst().ifPresent(open -> {
                        throw Refusal.conflict("Proposal #" + open.id() + " already proposes " + group.slug()
                                + " and is waiting for an admin; choose another short name.");
                    });
            List<Long> organizerIds = new ArrayList<>();
            for (MemberRef ref : input.organizers()) {
                Member organizer = members.resolve(actor, ref);
                if (organizer.id() != actor.memberId() && !organizerIds.contains(organizer.id())) {
                    organizerIds.add(organizer.id());
                }
            }
            long id = proposals.add(actor.communityId(), actor.memberId(), group.slug(), group.name(),
                    group.description(), input.why(), organizerIds, clock.instant());
            Proposal proposal = proposals.byId(actor.communityId(), id).orElseThrow();
            notices.received(proposal);
            return proposal;
        });
    }
}
