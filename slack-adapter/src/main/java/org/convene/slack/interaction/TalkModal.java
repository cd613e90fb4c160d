package org.convene.slack.interaction;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.convene.core.talk.Agenda;

/**
 * The form behind "Offer a talk": the open slots to choose from (times in the event's zone), the talk's title and a
 * line about it. The event's id travels in private_metadata ({@code talk:42}); every input uses action id
 * {@value EventModal#ACTION}.
 */
public final class TalkModal {

    /** The callback id of the form's submissions. */
    public static final String CALLBACK_ID = "meetup-talk";
    public static final String SLOT = "slot";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    static final String METADATA = "talk:";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private TalkModal() {
    }

    public static View offer(long eventId, Agenda agenda) {
        List<OptionObject> slots = agenda.entries().stream().filter(Agenda.Entry::open)
                .map(entry -> option(plainText(label(entry, agenda.zone())),
                        Integer.toString(entry.slot().position()))).toList();
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(SLOT).label(plainText("Slot")).element(staticSelect(s -> s
                        .actionId(EventModal.ACTION).placeholder(plainText("Pick a slot")).options(slots)
                        .initialOption(slots.getFirst())))),
                input(i -> i.blockId(TITLE).label(plainText("Title")).element(plainTextInput(p -> p
                        .actionId(EventModal.ACTION).maxLength(100)
                        .placeholder(plainText("Linked data on a shoestring"))))),
                input(i -> i.blockId(DESCRIPTION).label(plainText("One line about it")).optional(true)
                        .element(plainTextInput(p -> p.actionId(EventModal.ACTION).maxLength(200)
                                .placeholder(plainText("What people will take home"))))));
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(METADATA + eventId)
                .title(viewTitle(t -> t.type("plain_text").text("Offer a talk")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Offer")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    private static String label(Agenda.Entry entry, ZoneId zone) {
        String text = entry.slot().label() + ", " + CLOCK.format(entry.slot().startsAt().atZone(zone)) + "–"
                + CLOCK.format(entry.slot().endsAt().atZone(zone));
        return text.length() <= 75 ? text : text.substring(0, 74) + "…";
    }
}
