package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.MemberRepository;

/**
 * Where a member's direct messages go: one identity in a space of their community, so a person with linked accounts
 * is told once; on the platform they chose, when they chose one they can be reached on, otherwise Discord first, then
 * Slack, then the console.
 */
public final class Recipients {

    private final MemberRepository members;
    private final CommunityRepository communities;
    private final DirectMessageChoice choices;

    public Recipients(MemberRepository members, CommunityRepository communities) {
        this(members, communities, DirectMessageChoice.AUTOMATIC);
    }

    @Inject
    public Recipients(MemberRepository members, CommunityRepository communities, DirectMessageChoice choices) {
        this.members = requireNonNull(members, "members");
        this.communities = requireNonNull(communities, "communities");
        this.choices = requireNonNull(choices, "choices");
    }

    public Optional<Recipient> of(long communityId, long memberId) {
        List<SpaceRef> spaces = communities.spaces(communityId);
        Optional<Platform> chosen = choices.chosen(memberId);
        return members.identities(memberId).stream()
                .sorted(Comparator.comparing((Identity identity) -> chosen.filter(identity.platform()::equals)
                        .isEmpty()).thenComparing(Identity::platform))
                .flatMap(identity -> spaces.stream().filter(space -> space.platform() == identity.platform())
                        .limit(1).map(space -> new Recipient(identity.platform(), space.spaceId(), identity.userId())))
                .findFirst();
    }
}
