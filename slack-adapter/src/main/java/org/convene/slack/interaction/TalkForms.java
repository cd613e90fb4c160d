package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.core.talk.Agenda;
import org.convene.core.usecase.ShowEventUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the {@link TalkModal} for {@code talk offer <id>} given alone (the "Offer a talk" button, or the slash
 * command without a title), with the event's open slots; when there is none to offer, the command runs as typed and
 * its refusal says why.
 */
public final class TalkForms {

    private static final Logger log = LoggerFactory.getLogger(TalkForms.class);
    private static final Pattern ALONE = Pattern.compile("\\s*talk\\s+offer\\s+#?(\\d{1,18})\\s*",
            Pattern.CASE_INSENSITIVE);

    private final CommandService commands;
    private final ShowEventUseCase show;
    private final MethodsClient methods;

    public TalkForms(CommandService commands, ShowEventUseCase show, MethodsClient methods) {
        this.commands = requireNonNull(commands, "commands");
        this.show = requireNonNull(show, "show");
        this.methods = requireNonNull(methods, "methods");
    }

    /** The event of a {@code talk offer <id>} given alone. */
    static Optional<Long> eventOf(String text) {
        Matcher matcher = ALONE.matcher(text == null ? "" : text);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * A click on "Offer a talk" ({@code talk offer <id>}): opens the form; when the event has no open slot, the
     * command runs as typed and its refusal says why.
     */
    public Optional<Reply> open(FormClick click) {
        Optional<Long> event = eventOf(click.command());
        if (event.isPresent() && open(click.caller(), click.triggerId(), event.get())) {
            return Optional.empty();
        }
        return Optional.of(click.runAsTyped());
    }

    /** Opens the form; false when the event has no open slot (or the form could not be opened). */
    public boolean open(Caller caller, String triggerId, long eventId) {
        Agenda agenda;
        try {
            agenda = show.show(commands.actor(caller), eventId).agenda();
        } catch (Refusal refusal) {
            return false;
        }
        if (!agenda.hasOpenSlot() || triggerId == null) {
            return false;
        }
        try {
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(triggerId)
                    .view(TalkModal.offer(eventId, agenda)));
            if (!response.isOk()) {
                log.warn("views.open of the talk form failed: {}", response.getError());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warn("views.open of the talk form failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
