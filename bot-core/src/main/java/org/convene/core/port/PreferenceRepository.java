package org.convene.core.port;

import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.DirectMessageChoice;
import org.convene.core.outbox.ReminderMutes;

/** A member's preferences: where their direct messages go, and the groups whose reminders they muted. */
public interface PreferenceRepository extends DirectMessageChoice, ReminderMutes {

    /** Sets the platform for direct messages; empty goes back to automatic. */
    void chooseDirectMessages(long memberId, Optional<Platform> platform);

    /** Mutes or unmutes a group's member reminders; whether anything changed. */
    boolean mute(long memberId, long groupId, boolean muted);

    /** The ids of the groups whose reminders the member muted. */
    List<Long> mutedGroups(long memberId);
}
