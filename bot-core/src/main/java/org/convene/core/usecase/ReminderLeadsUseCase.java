package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.domain.ReminderLeads;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.DuePlans;

/**
 * Shows or changes how long before events the community's link and reminders go out (changes: admins only); what a
 * longer lead makes due at once is planned at once.
 */
public final class ReminderLeadsUseCase {

    private final CommunityRepository communities;
    private final Access access;
    private final DuePlans plans;

    @Inject
    public ReminderLeadsUseCase(CommunityRepository communities, Access access, DuePlans plans) {
        this.communities = requireNonNull(communities, "communities");
        this.access = requireNonNull(access, "access");
        this.plans = requireNonNull(plans, "plans");
    }

    public ReminderLeads show(Actor actor) {
        return communities.byId(actor.communityId()).orElseThrow().leads();
    }

    public ReminderLeads change(Actor actor, ReminderLeads leads) {
        access.requireAdmin(actor, "change when reminders go out");
        communities.setLeads(actor.communityId(), leads);
        plans.leadsChanged(actor.communityId());
        return leads;
    }
}
