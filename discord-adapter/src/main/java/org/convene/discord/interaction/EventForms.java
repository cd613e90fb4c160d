package org.convene.discord.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.PollDraft;

/**
 * The forms behind {@code /meetup post <group>} and {@code /meetup edit <id>} given without other options. Discord
 * allows five inputs; the form asks for title, start, length (a duration like {@code 2h}, or an end time), place
 * (a venue, or an {@code https://} address for an online event) and seats ({@code 25}, or {@code 25 +1} to let each
 * member bring a guest). Seats beat the description because a capped event must be capped before the first RSVP,
 * while a description can follow with {@code /meetup edit}; the link, deadline, repeat and description come from
 * the slash options of the one-line form.
 */
final class EventForms {

    static final String POST = "post:";
    static final String EDIT = "edit:";
    static final String POLL = "poll:";
    private static final Pattern POLL_FORM = Pattern.compile("poll:(\\d{1,18}):(.+)");
    static final int TITLE_LIMIT = 45;
    private static final Pattern DURATION = Pattern.compile(
            "\\d+\\s*[hm][a-z]*(\\s*\\d+\\s*m[a-z]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEATS = Pattern.compile("\\s*(\\d+|none)?\\s*(\\+\\s*(\\d+))?\\s*",
            Pattern.CASE_INSENSITIVE);

    Modal postForm(String group) {
        String title = "New event in " + group;
        return Modal.create(POST + group, title.length() <= TITLE_LIMIT ? title : "New event")
                .addComponents(inputs(true, Map.of())).build();
    }

    /** The post form, opened with a closed date poll's title, winning date, length and place. */
    Modal postForm(PollDraft draft) {
        String title = "New event in " + draft.group().slug();
        Map<String, String> values = new java.util.HashMap<>();
        values.put("title", draft.title());
        values.put("when", draft.when());
        values.put("length", draft.lengthText());
        if (draft.venue() != null) {
            values.put("place", draft.venue());
        }
        return Modal.create(POLL + draft.pollId() + ":" + draft.group().slug(),
                        title.length() <= TITLE_LIMIT ? title : "New event")
                .addComponents(inputs(true, values)).build();
    }

    /** The edit form, opened with the event's current values (a value too long for its box is left blank). */
    Modal editForm(Event event) {
        return Modal.create(EDIT + event.id(), "Change event #" + event.id())
                .addComponents(inputs(false, CurrentValues.of(event))).build();
    }

    /** The command a submitted form stands for. */
    Command read(String modalId, List<ModalMapping> values) {
        EventOptions options = options(values);
        if (modalId.startsWith(POST)) {
            return new Command.Post(modalId.substring(POST.length()), options);
        }
        Matcher poll = POLL_FORM.matcher(modalId);
        if (poll.matches()) {
            return new Command.PollPost(Long.parseLong(poll.group(1)), poll.group(2), options);
        }
        if (modalId.startsWith(EDIT)) {
            return new Command.Edit(Long.parseLong(modalId.substring(EDIT.length())), options);
        }
        throw Refusal.invalid("That form is not one of mine any more; run the command again.");
    }

    /** What the form said, for a refusal to repeat back. */
    static String understood(List<ModalMapping> values) {
        List<String> parts = new ArrayList<>();
        for (ModalMapping value : values) {
            if (!value.getAsString().isBlank()) {
                parts.add(value.getCustomId() + " \"" + value.getAsString().strip() + "\"");
            }
        }
        return parts.isEmpty() ? "an empty form" : String.join(", ", parts);
    }

    private static List<Label> inputs(boolean post, Map<String, String> values) {
        return List.of(
                Label.of("Title", input("title", "Book club: Piranesi", post, 200, values)),
                Label.of("Starts", input("when", "2026-12-03 18:00, or next thursday 6pm", post, 100, values)),
                Label.of("How long, or when it ends", input("length", "2h, 90m, or 20:30", false, 100, values)),
                Label.of("Where (a place or an https:// link)", input("place", "Library, room 2", false, 200,
                        values)),
                Label.of("Seats (+1 lets each bring a guest)",
                        input("seats", post ? "25 +1" : "30, or none", false, 20, values)));
    }

    private static TextInput input(String id, String placeholder, boolean required, int maxLength,
                                   Map<String, String> values) {
        TextInput.Builder input = TextInput.create(id, TextInputStyle.SHORT).setPlaceholder(placeholder)
                .setRequired(required).setMaxLength(maxLength);
        String value = values.get(id);
        if (value != null && !value.isEmpty() && value.length() <= maxLength) {
            input.setValue(value);
        }
        return input.build();
    }

    private static EventOptions options(List<ModalMapping> values) {
        String length = value(values, "length");
        boolean duration = length != null && DURATION.matcher(length).matches();
        String place = value(values, "place");
        boolean online = place != null && place.toLowerCase(Locale.ROOT).matches("https?://\\S+");
        String capacity = null;
        String guests = null;
        String seats = value(values, "seats");
        if (seats != null) {
            Matcher matcher = SEATS.matcher(seats);
            if (!matcher.matches()) {
                throw Refusal.invalid("I read the seats as \"" + seats + "\" but expected a number and perhaps +N, "
                        + "like 25 +1.");
            }
            capacity = matcher.group(1);
            guests = matcher.group(3);
        }
        return new EventOptions(value(values, "title"), null, value(values, "when"), duration ? null : length,
                duration ? length : null, online ? null : place, online ? place : null, null,
                capacity, guests, null, null);
    }

    private static String value(List<ModalMapping> values, String id) {
        return values.stream().filter(value -> value.getCustomId().equals(id)).findFirst()
                .map(ModalMapping::getAsString).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
    }
}
