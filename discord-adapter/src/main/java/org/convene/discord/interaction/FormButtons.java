package org.convene.discord.interaction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one registry of the buttons that open forms. Each feature adds its button where the bot is wired; two buttons
 * with the same prefix are refused, so a custom id never has two owners.
 */
public final class FormButtons {

    private final List<FormButton> buttons;

    /** The buttons, each with a prefix of its own. */
    public FormButtons(Collection<? extends FormButton> buttons) {
        Map<String, FormButton> byPrefix = new LinkedHashMap<>();
        for (FormButton button : buttons) {
            String prefix = button.prefix().toLowerCase(Locale.ROOT);
            if (byPrefix.putIfAbsent(prefix, button) != null) {
                throw new IllegalArgumentException("Two form buttons have the prefix \"" + prefix + "\"");
            }
        }
        this.buttons = List.copyOf(byPrefix.values());
    }

    /** The button whose form this custom id asks for, if one does. */
    Optional<FormButton> find(String componentId) {
        String normalized = componentId.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return buttons.stream().filter(button -> normalized.startsWith(button.prefix().toLowerCase(Locale.ROOT)))
                .filter(button -> button.opens(componentId)).findFirst();
    }
}
