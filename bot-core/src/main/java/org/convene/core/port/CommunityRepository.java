package org.convene.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Community;
import org.convene.core.domain.SpaceRef;

/** Communities and the spaces bound to them. */
public interface CommunityRepository {

    Optional<Community> bySpace(SpaceRef space);

    Optional<Community> byId(long communityId);

    Community create(String name, ZoneId zone, Instant now);

    void bindSpace(SpaceRef space, long communityId, String name);

    List<SpaceRef> spaces(long communityId);

    /** Holds a transaction-long lock on a space, so two first requests from one space create one community. */
    void lockSpace(SpaceRef space);

    /** Sets how long before events the community's timed messages go out. */
    void setLeads(long communityId, org.convene.core.domain.ReminderLeads leads);

    /**
     * Moves every member, group, space and queued message of {@code fromCommunity} into {@code intoCommunity}, then
     * drops it. Members sharing an identity across the two must have been merged first.
     */
    void mergeInto(long fromCommunity, long intoCommunity);
}
