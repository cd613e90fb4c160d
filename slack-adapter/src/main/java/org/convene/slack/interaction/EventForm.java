package org.convene.slack.interaction;

import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;

/**
 * What an event form is for, as its private_metadata says: {@code post:slug} posts in a group, {@code poll:7:slug}
 * posts the event of a closed poll (once), {@code edit:42} edits
 * an event with every field optional, {@code edit:42:filled} edits from a form that opened with the event's values, so
 * an emptied venue, link, capacity or deadline clears it.
 */
record EventForm(String groupSlug, long eventId, boolean filled, long pollId) {

    private static final String CLEARED = "none";

    static EventForm of(String metadata) {
        if (metadata.startsWith("edit:")) {
            String[] parts = metadata.substring(5).split(":", 2);
            return new EventForm(null, Long.parseLong(parts[0]), parts.length == 2 && parts[1].equals("filled"), 0);
        }
        if (metadata.matches("poll:\\d{1,18}:.+")) {
            String[] parts = metadata.substring(5).split(":", 2);
            return new EventForm(parts[1], 0, false, Long.parseLong(parts[0]));
        }
        return new EventForm(metadata.startsWith("post:") ? metadata.substring(5) : metadata, 0, false, 0);
    }

    boolean edit() {
        return groupSlug == null;
    }

    EventOptions options(ModalValues values, String when) {
        return new EventOptions(values.text(EventModal.TITLE), values.text(EventModal.DESCRIPTION), when, null,
                values.text(EventModal.DURATION), clearable(values, EventModal.VENUE),
                clearable(values, EventModal.ONLINE), clearable(values, EventModal.LINK),
                clearable(values, EventModal.CAPACITY), values.text(EventModal.GUESTS),
                clearable(values, EventModal.DEADLINE), values.text(EventModal.REPEAT));
    }

    /**
     * The post, edit or a closed poll's post; a post form's Waitlist checkbox, when ticked, asks for the no-show
     * rule.
     */
    Command command(EventOptions options, ModalValues values) {
        if (pollId > 0) {
            return new Command.PollPost(pollId, groupSlug, options);
        }
        return edit() ? new Command.Edit(eventId, options) : new Command.Post(groupSlug, options,
                values.ticked(EventModal.NO_SHOWS, EventModal.NO_SHOWS_BEHIND) ? Boolean.TRUE : null);
    }

    private String clearable(ModalValues values, String blockId) {
        String text = values.text(blockId);
        return text == null && filled ? CLEARED : text;
    }
}
