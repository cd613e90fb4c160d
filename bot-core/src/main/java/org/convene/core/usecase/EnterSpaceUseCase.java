package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Community;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.Transactions;

/**
 * Turns a platform identity in a space into an {@link Actor}: a space seen for the first time gets a community of
 * its own, an identity seen for the first time becomes a member.
 */
public final class EnterSpaceUseCase {

    /** Who typed, and where. */
    public record Input(SpaceRef space, String spaceName, Identity identity, String displayName,
                        boolean platformAdmin) {
        public Input {
            requireNonNull(space, "space");
            requireNonNull(identity, "identity");
            if (identity.platform() != space.platform()) {
                throw new IllegalArgumentException("identity and space are on different platforms");
            }
            spaceName = spaceName == null || spaceName.isBlank() ? space.platform().displayName() + " community"
                    : spaceName.strip();
            displayName = displayName == null || displayName.isBlank() ? identity.userId() : displayName.strip();
        }
    }

    private final Transactions transactions;
    private final CommunityRepository communities;
    private final MemberRepository members;
    private final CommunityDefaults defaults;
    private final Clock clock;

    @Inject
    public EnterSpaceUseCase(Transactions transactions, CommunityRepository communities, MemberRepository members,
                             CommunityDefaults defaults, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.communities = requireNonNull(communities, "communities");
        this.members = requireNonNull(members, "members");
        this.defaults = requireNonNull(defaults, "defaults");
        this.clock = requireNonNull(clock, "clock");
    }

    public Actor enter(Input input) {
        Community community = communities.bySpace(input.space()).orElse(null);
        Member member = community == null ? null : members.byIdentity(community.id(), input.identity()).orElse(null);
        if (member == null) {
            return transactions.inTransaction(() -> create(input));
        }
        if (!member.displayName().equals(input.displayName())) {
            members.rename(member.id(), input.displayName());
            member = new Member(member.id(), member.communityId(), input.displayName(), member.admin());
        }
        return new Actor(community, member, input.space().platform(), input.platformAdmin());
    }

    private Actor create(Input input) {
        communities.lockSpace(input.space());
        Community community = communities.bySpace(input.space()).orElseGet(() -> {
            Community created = communities.create(input.spaceName(), defaults.zone(), clock.instant());
            communities.bindSpace(input.space(), created.id(), input.spaceName());
            return created;
        });
        Member member = members.byIdentity(community.id(), input.identity()).orElseGet(() -> {
            Member created = members.create(community.id(), input.displayName(), false, clock.instant());
            members.addIdentity(community.id(), input.identity(), created.id());
            return created;
        });
        return new Actor(community, member, input.space().platform(), input.platformAdmin());
    }
}
