package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;

/** Archives a group (admins only): it disappears from lists, its history stays. */
public final class ArchiveGroupUseCase {

    private final GroupRepository groups;
    private final Lookups lookups;
    private final Access access;

    @Inject
    public ArchiveGroupUseCase(GroupRepository groups, Lookups lookups, Access access) {
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
    }

    public Group archive(Actor actor, String slug) {
        access.requireAdmin(actor, "archive groups");
        Group group = lookups.group(actor, slug);
        groups.archive(group.id());
        return group;
    }
}
