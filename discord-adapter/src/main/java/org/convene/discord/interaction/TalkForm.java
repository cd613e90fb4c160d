package org.convene.discord.interaction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.convene.core.command.Command;
import org.convene.core.domain.Refusal;

/**
 * The form behind "Offer a talk" (the card's button, or {@code /meetup talk offer} with only an event): the slot's
 * number (empty for the first open one), the talk's title and one line about it. It opens at once, as Discord wants a
 * form as the first answer; the core checks the slot when the form comes back.
 */
final class TalkForm {

    static final String OFFER = "talk-offer:";
    private static final Pattern ALONE = Pattern.compile("talk offer (\\d{1,18})");

    private TalkForm() {
    }

    /** The event of a button that runs {@code talk offer <id>} alone. */
    static Optional<Long> eventOf(String componentId) {
        Matcher matcher = ALONE.matcher(componentId);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    static Modal offerForm(long eventId) {
        return Modal.create(OFFER + eventId, "Offer a talk for #" + eventId).addComponents(
                Label.of("Title", TextInput.create("title", TextInputStyle.SHORT)
                        .setPlaceholder("Linked data on a shoestring").setRequired(true).setMaxLength(100).build()),
                Label.of("One line about it", TextInput.create("description", TextInputStyle.SHORT)
                        .setPlaceholder("What people will take home").setRequired(false).setMaxLength(200).build()),
                Label.of("Slot number (empty: the first open one)", TextInput.create("slot", TextInputStyle.SHORT)
                        .setPlaceholder("2").setRequired(false).setMaxLength(3).build())).build();
    }

    /** The offer a submitted form stands for. */
    static Command read(String modalId, List<ModalMapping> values) {
        String id = modalId.substring(OFFER.length());
        if (!id.matches("\\d{1,18}")) {
            throw Refusal.invalid("That form is not one of mine any more; click Offer a talk again.");
        }
        String slot = value(values, "slot");
        if (slot != null && !slot.matches("#?\\d{1,3}")) {
            throw Refusal.invalid("I read the slot as \"" + slot + "\" but expected its number, like 2.");
        }
        return new Command.OfferTalk(Long.parseLong(id), slot == null ? null
                : Integer.valueOf(slot.replace("#", "")), value(values, "title"), value(values, "description"));
    }

    private static String value(List<ModalMapping> values, String id) {
        return values.stream().filter(value -> value.getCustomId().equals(id)).findFirst()
                .map(ModalMapping::getAsString).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
    }
}
