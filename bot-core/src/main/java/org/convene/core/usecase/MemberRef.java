package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.Identity;

/** Names another person: by platform identity (a mention) with the name to show, or by display name (the console). */
public sealed interface MemberRef {

    /** A platform user, who becomes a member if the bot has not met them yet. */
    record ByIdentity(Identity identity, String displayName) implements MemberRef {
        public ByIdentity {
            requireNonNull(identity, "identity");
            requireNonNull(displayName, "displayName");
        }
    }

    /** A member known by name. */
    record ByName(String displayName) implements MemberRef {
        public ByName {
            requireNonNull(displayName, "displayName");
        }
    }
}
