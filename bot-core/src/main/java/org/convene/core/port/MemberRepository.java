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

    /**
     * Moves the identities, memberships, organizer roles, RSVPs and queued messages of {@code from} to {@code into}
     * and drops it; an RSVP of {@code from} to an event {@code into} also answered is dropped with it.
     */
    void merge(long from, long into);

    /**
     * Locks the members' rows until the transaction ends, in id order; while held, no new RSVP or membership can be
     * written for them.
     */
    void lockAll(List<Long> memberIds);

    /** Gives {@code into} the group memberships, organizer roles and admin flag of {@code from}. */
    void copyRoles(long from, long into);

    /** Members, one in each community, who share a platform identity, such as one Discord user in two servers. */
    List<SharedIdentity> sharedIdentities(long fromCommunity, long intoCommunity);

    /** A member of the community being joined and the member of the surviving community with the same identity. */
    record SharedIdentity(long fromMember, long intoMember) {
    }
}
