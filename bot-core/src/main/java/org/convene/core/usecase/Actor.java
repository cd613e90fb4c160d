package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.Community;
import org.convene.core.domain.Member;
import org.convene.core.domain.Platform;

/**
 * Who is asking, resolved from a platform identity: the member, their community, the platform they typed on, and
 * whether the platform says they administer the space (Manage Server on Discord, admin or owner on Slack).
 */
public record Actor(Community community, Member member, Platform platform, boolean platformAdmin) {

    public Actor {
        requireNonNull(community, "community");
        requireNonNull(member, "member");
        requireNonNull(platform, "platform");
    }

    public boolean admin() {
        return platformAdmin || member.admin();
    }

    public long communityId() {
        return community.id();
    }

    public long memberId() {
        return member.id();
    }
}
