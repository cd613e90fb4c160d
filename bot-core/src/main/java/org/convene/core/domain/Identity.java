package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/** A platform account (a Discord or Slack user) as seen from one community. */
public record Identity(Platform platform, String userId) {
    public Identity {
        requireNonNull(platform, "platform");
        requireNonNull(userId, "userId");
    }
}
