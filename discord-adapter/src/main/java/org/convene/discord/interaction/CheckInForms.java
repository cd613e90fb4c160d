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

/** The one-field form a card's "Check in" button opens, asking for the code the organizers show. */
final class CheckInForms {

    static final String PREFIX = "checkin:";
    static final String CODE = "code";

    private static final Pattern BUTTON = Pattern.compile("checkin (\\d{1,18})");

    private CheckInForms() {
    }

    /** The event a button asks to check in to without a code, if it is a Check in button. */
    static Optional<Long> eventOf(String componentId) {
        Matcher matcher = BUTTON.matcher(componentId);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    static Modal form(long eventId) {
        return Modal.create(PREFIX + eventId, "Check in to #" + eventId)
                .addComponents(List.of(Label.of("Check-in code", TextInput.create(CODE, TextInputStyle.SHORT)
                        .setPlaceholder("The letters the organizers show").setRequired(true).setMaxLength(20)
                        .build())))
                .build();
    }

    static Command read(String modalId, List<ModalMapping> values) {
        String code = values.stream().filter(value -> value.getCustomId().equals(CODE)).findFirst()
                .map(ModalMapping::getAsString).map(String::strip).orElse("");
        return new Command.CheckIn(Long.parseLong(modalId.substring(PREFIX.length())), code);
    }
}
