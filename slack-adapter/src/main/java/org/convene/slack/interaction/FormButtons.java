package org.convene.slack.interaction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.core.reply.Reply;

/**
 * The one registry of the buttons that open forms. Each feature adds its button where the handlers are wired; two
 * buttons with the same prefix are refused, so a command never has two owners.
 */
public final class FormButtons {

    private final List<FormButton> buttons;

    /** The buttons, each with a prefix of its own. */
    public FormButtons(Collection<FormButton> buttons) {
        Map<String, FormButton> byPrefix = new LinkedHashMap<>();
        for (FormButton button : buttons) {
            String prefix = button.prefix().toLowerCase(Locale.ROOT);
            if (byPrefix.putIfAbsent(prefix, button) != null) {
                throw new IllegalArgumentException("Two form buttons have the prefix \"" + prefix + "\"");
            }
        }
        this.buttons = List.copyOf(byPrefix.values());
    }

    /** Empty when the click's button opened its form; otherwise the reply to give the clicker. */
    Optional<Reply> answer(FormClick click) {
        String normalized = click.command().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return buttons.stream().filter(button -> normalized.startsWith(button.prefix().toLowerCase(Locale.ROOT)))
                .findFirst().map(button -> button.open(click)).orElseGet(() -> Optional.of(click.runAsTyped()));
    }
}
