package org.convene.discord.interaction;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A button that answers with a form instead of running its command: it owns the custom ids that start with its
 * prefix, says which of them ask for the form, and answers the click with that form within Discord's three seconds
 * (a form cannot follow a deferred answer, so a check before it runs on a worker that then answers itself).
 */
public interface FormButton {

    /** The start of the custom ids this button owns, in lower case with single spaces; no two buttons share one. */
    String prefix();

    /** Whether this custom id (which starts with the prefix) asks for the form; any other runs as a command. */
    boolean opens(String componentId);

    /** Answers the click with the form, at once or from a worker after a check. */
    void open(ButtonInteractionEvent click);
}
