package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/** The tenant: one community of people, spread over one or more spaces, with a default time zone. */
public record Community(long id, String name, ZoneId zone) {
    public Community {
        requireNonNull(name, "name");
        requireNonNull(zone, "zone");
    }
}
