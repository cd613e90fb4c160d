package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/** A person in a community, known by one or more platform identities; {@code admin} marks admins named in the bot. */
public record Member(long id, long communityId, String displayName, boolean admin) {
    public Member {
        requireNonNull(displayName, "displayName");
    }
}
