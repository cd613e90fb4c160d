package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/** The tenant: one community of people, spread over one or more spaces, with a time zone and reminder leads. */
public record Community(long id, String name, ZoneId zone, ReminderLeads leads) {
    public Community {
        requireNonNull(name, "name");
        requireNonNull(zone, "zone");
        requireNonNull(leads, "leads");
    }

    public Community(long id, String name, ZoneId zone) {
        this(id, name, zone, ReminderLeads.DEFAULT);
    }
}
