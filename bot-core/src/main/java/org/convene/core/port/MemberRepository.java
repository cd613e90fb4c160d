package org.convene.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;

/** Members of communities and their platform identities. */
public interface MemberRepository {

    Optional<Member> byIdentity(long communityId, Identity identity);

    Optional<Member> byId(long memberId);

    List<Member> byIds(List<Long> memberIds);

    Member create(long communityId, String displayName, boolean admin, Instant now);

    void addIdentity(long communityId, Identity identity, long memberId);

    List<Identity> identities(long memberId);

    void rename(long memberId, String displayName);

    /** Names or unnames a member as a community admin within the bot. */
    void setAdmin(long memberId, boolean admin);

    /** Members whose display name matches, ignoring case. */
    List<Member> byName(long communityId, String displayName);

    List<Member> admins(long communityId);

    /** Moves the identities, memberships, organizer roles and RSVPs of {@code from} to {@code into} and drops it. */
    void merge(long from, long into);
}
