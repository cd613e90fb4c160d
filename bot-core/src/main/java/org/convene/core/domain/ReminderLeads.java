package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long before an event a community's timed messages go out: the private link to confirmed attendees, the
 * reminder in the channels, and the reminder to each attendee.
 */
public record ReminderLeads(Duration linkReveal, Duration channelReminder, Duration memberReminder) {

    public static final Duration LONGEST = Duration.ofDays(14);
    public static final ReminderLeads DEFAULT = new ReminderLeads(Duration.ofHours(24), Duration.ofHours(24),
            Duration.ofHours(1));

    public ReminderLeads {
        requireNonNull(linkReveal, "linkReveal");
        requireNonNull(channelReminder, "channelReminder");
        requireNonNull(memberReminder, "memberReminder");
        for (Duration lead : new Duration[] {linkReveal, channelReminder, memberReminder}) {
            if (lead.isNegative() || lead.compareTo(LONGEST) > 0) {
                throw Refusal.invalid("A lead time must be between 0 and 14 days; " + lead.toMinutes()
                        + " minutes is not.");
            }
        }
    }
}
