package org.convene.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;

/** Groups, their organizers, members and announcement channels. */
public interface GroupRepository {

    Optional<Group> bySlug(long communityId, String slug);

    Optional<Group> byId(long groupId);

    List<Group> list(long communityId);

    Group create(long communityId, String slug, String name, String description, Instant now);

    void archive(long groupId);

    boolean addOrganizer(long groupId, long memberId);

    boolean removeOrganizer(long groupId, long memberId);

    boolean isOrganizer(long groupId, long memberId);

    List<Member> organizers(long groupId);

    boolean join(long groupId, long memberId, Instant now);

    boolean leave(long groupId, long memberId);

    boolean isMember(long groupId, long memberId);

    int memberCount(long groupId);

    List<Group> groupsOf(long memberId);

    boolean bindChannel(long groupId, ChannelRef channel);

    List<ChannelRef> channels(long groupId);
}
