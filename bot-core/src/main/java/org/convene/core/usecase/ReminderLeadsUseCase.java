package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.ReminderLeads;
import org.convene.core.port.CommunityRepository;

/** Shows or changes how long before events the community's link and reminders go out (changes: admins only). */
public final class ReminderLeadsUseCase {

    private final CommunityRepository communities;
    private final Access access;

    @Inject
    public ReminderLeadsUseCase(CommunityRepository communities, Access access) {
        this.communities = requireNonNull(communities, "communities");
        this.access = requireNonNull(access, "access");
    }

    public ReminderLeads show(Actor actor) {
        return communities.byId(actor.communityId()).orElseThrow().leads();
    }

    public ReminderLeads change(Actor actor, ReminderLeads leads) {
        access.requireAdmin(actor, "change when reminders go out");
        communities.setLeads(actor.communityId(), leads);
        return leads;
    }
}
