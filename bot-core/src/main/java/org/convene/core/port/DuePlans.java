package org.convene.core.port;

import java.util.Collection;
import org.convene.core.domain.Event;

/**
 * Plans at once, after a change has committed, the timed messages it made due that the planner, having passed their
 * time already, will not: the private link and reminder of someone confirmed late, everything of an event moved
 * into its windows, and what a community's new lead times bring forward.
 */
public interface DuePlans {

    /** {@code members} answered {@code event} or were promoted to a seat in it. */
    void answered(Event event, Collection<Long> members);

    /** {@code event} changed (time, link, capacity). */
    void changed(Event event);

    /** The community's lead times changed. */
    void leadsChanged(long communityId);
}
