package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;

/** Joins or leaves a group; doing either twice is harmless and says so. */
public final class MembershipUseCase {

    /** The group and whether anything changed. */
    public record Result(Group group, boolean changed) {
    }

    private final GroupRepository groups;
    private final Lookups lookups;
    private final Clock clock;

    @Inject
    public MembershipUseCase(GroupRepository groups, Lookups lookups, Clock clock) {
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result join(Actor actor, String slug) {
        Group group = lookups.group(actor, slug);
        return new Result(group, groups.join(group.id(), actor.memberId(), clock.instant()));
    }

    public Result leave(Actor actor, String slug) {
        Group group = lookups.group(actor, slug);
        return new Result(group, groups.leave(group.id(), actor.memberId()));
    }
}
