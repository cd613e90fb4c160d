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

    /** Marks a space as one the app was removed from; true if it was active until now. Its data stays. */
    boolean deactivateSpace(SpaceRef space, Instant now);

    /** Marks a space as in use again; true if it was inactive until now. */
    boolean activateSpace(SpaceRef space);

    /** Whether messages may be delivered in the space: true unless the app was removed from it (or it is unknown). */
    boolean isSpaceActive(SpaceRef space);

    /**
     * Moves every member, group, space and queued message of {@code fromCommunity} into {@code intoCommunity}, then
     * drops it. Members sharing an identity across the two must have been merged first.
     */
    void mergeInto(long fromCommunity, long intoCommunity);
}
