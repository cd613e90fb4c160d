package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Community;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.SpaceRef;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipient;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.Transactions;

/**
 * A space the app was removed from (uninstalled, its token revoked) keeps its community and data, but nothing is
 * delivered there any more; the community's admins are told in its other spaces, if it has any. Using the app in the
 * space again makes it active again.
 */
public final class SpaceLifecycleUseCase {

    private final Transactions transactions;
    private final CommunityRepository communities;
    private final MemberRepository members;
    private final OutboxRepository outbox;
    private final Clock clock;

    @Inject
    public SpaceLifecycleUseCase(Transactions transactions, CommunityRepository communities, MemberRepository members,
                                 OutboxRepository outbox, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.communities = requireNonNull(communities, "communities");
        this.members = requireNonNull(members, "members");
        this.outbox = requireNonNull(outbox, "outbox");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The app was removed from the space; true if it was active until now. Unknown spaces are ignored. */
    public boolean removed(SpaceRef space) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Community> community = communities.bySpace(space);
            if (community.isEmpty() || !communities.deactivateSpace(space, now)) {
                return false;
            }
            tellAdminsElsewhere(community.get(), space, now);
            return true;
        });
    }

    /** The app was used in the space; makes it active again if it was not, and says whether it did. */
    public boolean used(SpaceRef space) {
        return communities.activateSpace(space);
    }

    private void tellAdminsElsewhere(Community community, SpaceRef removed, Instant now) {
        List<SpaceRef> others = communities.spaces(community.id()).stream()
                .filter(space -> !space.equals(removed) && communities.isSpaceActive(space)).toList();
        String text = "Convene was removed from the " + removed.platform().displayName() + " space " + removed.spaceId()
                + " of " + community.name() + ". Its groups, events and answers are kept; nothing is sent there"
                + " until the app is installed and used there again.";
        for (Member admin : members.admins(community.id())) {
            recipient(admin, others).ifPresent(recipient -> outbox.add(OutboxMessage.toMember(
                    "space-removed:" + removed.platform() + ":" + removed.spaceId() + ":" + now.toEpochMilli() + ":"
                            + admin.id(), MessageKind.SPACE_REMOVED, community.id(), null, admin.id(), recipient,
                    text, now)));
        }
    }

    private Optional<Recipient> recipient(Member admin, List<SpaceRef> spaces) {
        return members.identities(admin.id()).stream().sorted(Comparator.comparing(Identity::platform))
                .flatMap(identity -> spaces.stream().filter(space -> space.platform() == identity.platform())
                        .limit(1).map(space -> new Recipient(identity.platform(), space.spaceId(), identity.userId())))
                .findFirst();
    }
}
