package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;

/** Makes a channel one where a group's announcements go (organizers of the group and admins). */
public final class BindChannelUseCase {

    /** The group and whether the channel was new to it. */
    public record Result(Group group, boolean added) {
    }

    private final GroupRepository groups;
    private final Lookups lookups;
    private final Access access;

    @Inject
    public BindChannelUseCase(GroupRepository groups, Lookups lookups, Access access) {
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
    }

    public Result bind(Actor actor, String slug, ChannelRef channel) {
        Group group = lookups.group(actor, slug);
        access.requireOrganizer(actor, group, "choose where its announcements go");
        return new Result(group, groups.bindChannel(group.id(), channel));
    }
}
