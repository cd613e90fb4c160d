package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.port.MemberRepository;

/** Resolves a {@link MemberRef} to a member of the asker's community. */
public final class Members {

    private final MemberRepository members;
    private final Clock clock;

    @Inject
    public Members(MemberRepository members, Clock clock) {
        this.members = requireNonNull(members, "members");
        this.clock = requireNonNull(clock, "clock");
    }

    public Member resolve(Actor actor, MemberRef ref) {
        return switch (ref) {
            case MemberRef.ByIdentity byIdentity -> members.byIdentity(actor.communityId(), byIdentity.identity())
                    .orElseGet(() -> {
                        Member created = members.create(actor.communityId(), byIdentity.displayName(), false,
                                clock.instant());
                        members.addIdentity(actor.communityId(), byIdentity.identity(), created.id());
                        return created;
                    });
            case MemberRef.ByName byName -> {
                List<Member> found = members.byName(actor.communityId(), byName.displayName().strip());
                if (found.isEmpty()) {
                    throw Refusal.notFound("Nobody called \"" + byName.displayName() + "\" has used the bot here yet.");
                }
                if (found.size() > 1) {
                    throw Refusal.conflict("Several members are called \"" + byName.displayName()
                            + "\"; mention the person instead.");
                }
                yield found.getFirst();
            }
        };
    }
}
