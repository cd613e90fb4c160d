package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.port.GroupRepository;

/** The role checks: community admins, and organizers of a group (admins count as organizers of every group). */
public final class Access {

    private final GroupRepository groups;

    @Inject
    public Access(GroupRepository groups) {
        this.groups = requireNonNull(groups, "groups");
    }

    public void requireAdmin(Actor actor, String what) {
        if (!actor.admin()) {
            throw Refusal.forbidden("Only community admins can " + what + ".");
        }
    }

    public boolean organizes(Actor actor, Group group) {
        return actor.admin() || groups.isOrganizer(group.id(), actor.memberId());
    }

    public void requireOrganizer(Actor actor, Group group, String what) {
        if (!organizes(actor, group)) {
            throw Refusal.forbidden("Only organizers of " + group.name() + " can " + what + ".");
        }
    }
}
