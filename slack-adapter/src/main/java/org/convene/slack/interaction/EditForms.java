package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.model.view.View;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.EventDetails;
import org.convene.core.usecase.ShowEventUseCase;

/**
 * The edit form for an event: opened with the event's current values for its organizers; anyone else, or an event
 * that cannot be found, gets the empty form, and the core answers the submission as it answers a typed edit.
 */
public final class EditForms {

    private final CommandService commands;
    private final ShowEventUseCase show;

    public EditForms(CommandService commands, ShowEventUseCase show) {
        this.commands = requireNonNull(commands, "commands");
        this.show = requireNonNull(show, "show");
    }

    /** The form for the caller to edit the event. */
    public View view(Caller caller, long eventId) {
        try {
            EventDetails details = show.show(commands.actor(caller), eventId);
            return details.organizer() ? EventModal.edit(details.event()) : EventModal.edit(eventId);
        } catch (Refusal refusal) {
            return EventModal.edit(eventId);
        }
    }
}
