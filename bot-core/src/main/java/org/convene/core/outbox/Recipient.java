package org.convene.core.outbox;

import org.convene.core.domain.Platform;

/** Where a member's direct messages go: one identity on one platform of their community. */
public record Recipient(Platform platform, String spaceId, String userId) {
}
