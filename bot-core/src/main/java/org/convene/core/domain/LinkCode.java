package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A one-time code an admin or member types on the other platform to join two spaces or two identities. */
public record LinkCode(String code, Purpose purpose, long communityId, long memberId, Instant expiresAt) {

    /** What the code joins. */
    public enum Purpose {
        SPACE,
        IDENTITY
    }

    public LinkCode {
        requireNonNull(code, "code");
        requireNonNull(purpose, "purpose");
        requireNonNull(expiresAt, "expiresAt");
    }
}
