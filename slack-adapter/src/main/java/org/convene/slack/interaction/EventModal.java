package org.convene.slack.interaction;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.core.domain.Event;
import org.convene.core.usecase.PollDraft;

/**
 * The modal that posts or edits an event. Every input sits in a block named for its field, with action id
 * {@value #ACTION}; the group's slug ({@code post:slug}), a closed poll's id and group ({@code poll:7:slug}) or the
 * event's id ({@code edit:42}) travels in private_metadata. On an edit every field is optional; a form opened with the event's values
 * ({@code edit:42:filled}) clears what is emptied, one opened without them keeps what is left empty.
 */
public final class EventModal {

    /** The callback id of the modal's submissions. */
    public static final String CALLBACK_ID = "meetup-post";
    /** The action id of every input. */
    public static final String ACTION = "value";

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String DURATION = "duration";
    public static final String VENUE = "where";
    public static final String ONLINE = "online";
    public static final String LINK = "link";
    public static final String CAPACITY = "capacity";
    public static final String GUESTS = "guests";
    public static final String DEADLINE = "deadline";
    public static final String REPEAT = "repeat";
    /** The checkbox that lets members with a recent no-show wait behind others (post form only). */
    public static final String NO_SHOWS = "noshows";
    public static final String NO_SHOWS_BEHIND = "behind";

    private EventModal() {
    }

    /** The modal that posts a new event in a group. */
    public static View post(String groupSlug) {
        return view("New event", "post:" + groupSlug, null, Map.of());
    }

    /** The modal that posts a new event, opened with a closed date poll's group, title, date, length and place. */
    public static View post(PollDraft draft) {
        return view("New event", "poll:" + draft.pollId() + ":" + draft.group().slug(), null,
                EventFormValues.of(draft));
    }

    /** The modal that edits an event whose values are not at hand: every field empty and optional. */
    public static View edit(long eventId) {
        return view("Edit event #" + eventId, "edit:" + eventId, "Fill in only what changes; an empty field "
                + "stays as it is.", Map.of());
    }

    /** The modal that edits an event, opened with the event's current values (private link included). */
    public static View edit(Event event) {
        return view("Edit event #" + event.id(), "edit:" + event.id() + ":filled", "Change what you need. An emptied "
                + "venue, link, capacity or deadline is removed.", EventFormValues.of(event));
    }

    private static View view(String title, String metadata, String note, Map<String, String> initial) {
        boolean edit = note != null;
        List<LayoutBlock> blocks = new ArrayList<>();
        if (edit) {
            blocks.add(context(c -> c.elements(List.of(plainText(note)))));
        }
        blocks.add(text(TITLE, "Title", "Book club: The Overstory", edit, false, initial));
        blocks.add(text(DESCRIPTION, "Description", "What to expect", true, true, initial));
        blocks.add(block(DATE, "Date", datePicker(d -> d.actionId(ACTION).initialDate(initial.get(DATE))), edit));
        blocks.add(block(TIME, "Start time", timePicker(t -> t.actionId(ACTION).initialTime(initial.get(TIME))), edit));
        blocks.add(text(DURATION, "Duration", "2h, 90m or 1h30m", true, false, initial));
        blocks.add(text(VENUE, "Venue", "Room 101, Main Library", true, false, initial));
        blocks.add(text(ONLINE, "Online link (shown to all)", "https://…", true, false, initial));
        blocks.add(text(LINK, "Private link (for confirmed attendees)", "https://…", true, false, initial));
        blocks.add(text(CAPACITY, "Capacity", "25 (empty: no limit)", true, false, initial));
        blocks.add(text(GUESTS, "Guests per member", "0", true, false, initial));
        blocks.add(text(DEADLINE, "RSVP deadline", "2026-12-02 18:00", true, false, initial));
        if (!edit) {
            blocks.add(block(REPEAT, "Repeat", staticSelect(s -> s.actionId(ACTION)
                    .placeholder(plainText("Does not repeat")).options(List.of(option(plainText("Weekly"), "weekly"),
                            option(plainText("Every other week"), "biweekly"),
                            option(plainText("Monthly (same weekday)"), "monthly")))), true));
            blocks.add(block(NO_SHOWS, "Waitlist", checkboxes(c -> c.actionId(ACTION).options(List.of(
                    option(plainText("Members with a recent no-show wait behind others"), NO_SHOWS_BEHIND)))),
                    true));
        }
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(edit ? "Save" : "Post")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    private static LayoutBlock text(String blockId, String label, String placeholder, boolean optional,
                                    boolean multiline, Map<String, String> initial) {
        return block(blockId, label, plainTextInput(p -> p.actionId(ACTION).multiline(multiline)
                .placeholder(plainText(placeholder)).initialValue(initial.get(blockId))), optional);
    }

    private static LayoutBlock block(String blockId, String label, BlockElement element, boolean optional) {
        return input(i -> i.blockId(blockId).label(plainText(label)).element(element).optional(optional));
    }
}
