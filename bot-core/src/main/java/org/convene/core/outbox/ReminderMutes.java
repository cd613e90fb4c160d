package org.convene.core.outbox;

/** Whether a member asked not to get member reminders for a group's events. */
@FunctionalInterface
public interface ReminderMutes {

    /** Nobody has muted anything. */
    ReminderMutes NONE = (memberId, groupId) -> false;

    boolean muted(long memberId, long groupId);
}
