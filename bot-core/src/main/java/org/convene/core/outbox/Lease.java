package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * The hold one claim gives a worker on its outbox rows: the worker's name and a token fresh for each claim. Every
 * write-back names it, and changes nothing once another claim has taken the row.
 */
public record Lease(String owner, UUID token) {

    public Lease {
        requireNonNull(owner, "owner");
        requireNonNull(token, "token");
    }

    /** A lease for a new claim by {@code owner}. */
    public static Lease next(String owner) {
        return new Lease(owner, UUID.randomUUID());
    }
}
