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
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.PollDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Post the event" button of a closed date poll: instead of posting at once, it opens the event form filled with
 * the poll's group, title, winning date, length and place, so the organizer can add the rest before posting.
 */
public final class PollPostForm {

    private static final Logger log = LoggerFactory.getLogger(PollPostForm.class);
    private static final Pattern BUTTON = Pattern.compile("poll close #?(\\d{1,18}) post", Pattern.CASE_INSENSITIVE);

    private final CommandService commands;
    private final DatePollUseCase polls;
    private final MethodsClient methods;

    public PollPostForm(CommandService commands, DatePollUseCase polls, MethodsClient methods) {
        this.commands = requireNonNull(commands, "commands");
        this.polls = requireNonNull(polls, "polls");
        this.methods = requireNonNull(methods, "methods");
    }

    /** The poll a button's command posts, if it is that button. */
    static Optional<Long> pollOf(String command) {
        Matcher matcher = BUTTON.matcher(command.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * A click on a closed poll's "Post the event" ({@code poll close <id> post}): opens the filled form; any other
     * {@code poll close} button runs as typed.
     */
    public Optional<Reply> open(FormClick click) {
        Optional<Long> poll = pollOf(click.command());
        return poll.isEmpty() ? Optional.of(click.runAsTyped()) : open(click.caller(), poll.get(), click.triggerId());
    }

    /** Opens the filled form; empty when it opened, otherwise what to tell the clicker instead. */
    Optional<Reply> open(Caller caller, long pollId, String triggerId) {
        PollDraft draft;
        try {
            draft = polls.draft(commands.actor(caller), pollId);
        } catch (Refusal refusal) {
            return Optional.of(Reply.failure(refusal.getMessage()));
        }
        try {
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(triggerId)
                    .view(EventModal.post(draft)));
            if (response.isOk()) {
                return Optional.empty();
            }
            log.warn("views.open of a poll's event form failed: {}", response.getError());
        } catch (Exception e) {
            log.warn("views.open of a poll's event form failed: {}", e.getClass().getSimpleName());
        }
        return Optional.of(Reply.failure("The form did not open; /meetup poll close " + pollId
                + " post posts the event as the poll has it."));
    }
}
