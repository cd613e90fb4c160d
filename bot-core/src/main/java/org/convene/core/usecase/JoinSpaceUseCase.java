package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.domain.Community;
import org.convene.core.domain.Group;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Refusal;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.Transactions;

/**
 * Joins the asker's space to the community that issued a code: its members, groups, RSVPs and queued messages move
 * along, so one community can span a Discord server and a Slack workspace, or two of either. A person who is in both
 * spaces (one Discord user in two servers) becomes one member, with seats kept exact. Admins only; refused if group
 * short names clash.
 */
public final class JoinSpaceUseCase {

    private final Transactions transactions;
    private final LinkCodeRepository codes;
    private final CommunityRepository communities;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final AccountMerge merge;
    private final Access access;
    private final Clock clock;

    @Inject
    public JoinSpaceUseCase(Transactions transactions, LinkCodeRepository codes, CommunityRepository communities,
                            GroupRepository groups, MemberRepository members, AccountMerge merge, Access access,
                            Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.codes = requireNonNull(codes, "codes");
        this.communities = requireNonNull(communities, "communities");
        this.groups = requireNonNull(groups, "groups");
        this.members = requireNonNull(members, "members");
        this.merge = requireNonNull(merge, "merge");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Returns the community the space now belongs to. */
    public Community join(Actor actor, String typedCode) {
        access.requireAdmin(actor, "join this space to another community");
        return transactions.inTransaction(() -> {
            LinkCode code = codes.take(LinkCodes.normalize(typedCode), LinkCode.Purpose.SPACE, clock.instant())
                    .orElseThrow(() -> Refusal.notFound("The code " + typedCode + " is unknown or has expired. "
                            + "An admin of the other space can make a new one with /meetup link-space."));
            if (code.communityId() == actor.communityId()) {
                throw Refusal.conflict("This space already belongs to that community.");
            }
            Set<String> taken = groups.list(code.communityId()).stream().map(Group::slug).collect(Collectors.toSet());
            List<String> clashes = groups.list(actor.communityId()).stream().map(Group::slug)
                    .filter(taken::contains).sorted().toList();
            if (!clashes.isEmpty()) {
                throw Refusal.conflict("Both communities have groups named " + String.join(", ", clashes)
                        + "; archive or rename them on one side, then make a new code.");
            }
            Map<Long, Long> survivors = new HashMap<>();
            for (MemberRepository.SharedIdentity shared : members.sharedIdentities(actor.communityId(),
                    code.communityId())) {
                long from = survivor(survivors, shared.fromMember());
                long into = survivor(survivors, shared.intoMember());
                if (from != into) {
                    merge.merge(from, into);
                    survivors.put(from, into);
                }
            }
            communities.mergeInto(actor.communityId(), code.communityId());
            return communities.byId(code.communityId()).orElseThrow();
        });
    }

    /** The member {@code memberId} has been merged into so far, or itself. */
    private static long survivor(Map<Long, Long> survivors, long memberId) {
        long current = memberId;
        while (survivors.containsKey(current)) {
            current = survivors.get(current);
        }
        return current;
    }
}
