package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/** What a new community starts with: the time zone its times are read in until an admin changes it. */
public record CommunityDefaults(ZoneId zone) {
    public CommunityDefaults {
        requireNonNull(zone, "zone");
    }
}
