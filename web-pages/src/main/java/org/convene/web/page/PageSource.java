package org.convene.web.page;

import java.util.Optional;

/**
 * What the public pages read: a community's programme as the public may see it, addressed by the community's key.
 * Everything it returns is already public (no private link, organizers only by the names they chose to list).
 */
public interface PageSource {

    /** The community page: its groups and upcoming events; empty for an unknown or private community. */
    Optional<CommunityView> community(String communityKey);

    /** One group's page; empty when the community or the group is not public. */
    Optional<GroupView> group(String communityKey, String groupSlug);

    /** One event's page; empty when the community or the event is not public. */
    Optional<EventView> event(String communityKey, long eventId);

    /** The event alone as an iCalendar file for "Add to calendar"; empty when the event is not public. */
    Optional<String> eventCalendar(String communityKey, long eventId);
}
