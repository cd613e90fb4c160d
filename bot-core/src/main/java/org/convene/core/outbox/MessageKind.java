package org.convene.core.outbox;

/** What an outbox message says; channel kinds go to a group's channels, the others to one member. */
public enum MessageKind {
    ANNOUNCEMENT(true),
    CHANGE_NOTICE(true),
    CHANGED(false),
    CANCELLATION_NOTICE(true),
    CANCELLED(false),
    PROMOTED(false),
    PRIVATE_LINK(false),
    CHANNEL_REMINDER(true),
    MEMBER_REMINDER(false),
    DIGEST(true),
    CALENDAR(true),
    DELIVERY_FAILED(false),
    SPACE_REMOVED(false),
    PROPOSAL_RECEIVED(false),
    PROPOSAL_DECIDED(false),
    GROUP_OPENED(true),
    POLL(true),
    POLL_DECIDED(false),
    TALK_OFFERED(false),
    TALK_ANSWERED(false);

    private final boolean toChannel;

    MessageKind(boolean toChannel) {
        this.toChannel = toChannel;
    }

    /** Whether the message goes to a channel (or a space's calendar) rather than to one member. */
    public boolean toChannel() {
        return toChannel;
    }
}
