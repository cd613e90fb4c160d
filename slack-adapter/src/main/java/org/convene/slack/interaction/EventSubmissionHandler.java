package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.EventOptions;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;

/**
 * Submissions of the {@link EventModal}, answered well within Slack's three seconds: a time mistake is told on its
 * field at once; the post or edit then runs on the workers, once per view (its id and hash), and a refusal that comes
 * in time is told on the title, while a slower outcome (the event's card, or what went wrong) reaches the organizer's
 * direct messages after the form has closed.
 */
public final class EventSubmissionHandler implements ViewSubmissionHandler {

    /** How long the answer waits for the work before it closes the form and lets the work finish on its own. */
    public static final Duration ANSWER_WAIT = Duration.ofMillis(1500);

    private final CommandService commands;
    private final CallerResolver callers;
    private final SubmissionWork work;
    private final Clock clock;

    public EventSubmissionHandler(CommandService commands, CallerResolver callers, BlockKitRenderer renderer,
                                  MethodsClient methods, Executor executor, Clock clock) {
        this.commands = requireNonNull(commands, "commands");
        this.callers = requireNonNull(callers, "callers");
        this.work = new SubmissionWork(commands, renderer, methods, executor, ANSWER_WAIT);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalValues values = new ModalValues(payload.getView().getState().getValues());
        String userId = payload.getUser().getId();
        Caller caller = callers.caller(SlackParties.of(payload));
        String date = values.text(EventModal.DATE);
        String time = values.text(EventModal.TIME);
        if ((date == null) != (time == null)) {
            return context.ackWithErrors(date == null ? Map.of(EventModal.DATE, "Pick the day as well as the time.")
                    : Map.of(EventModal.TIME, "Pick the start time as well as the day."));
        }
        String metadata = payload.getView().getPrivateMetadata() == null ? "" : payload.getView().getPrivateMetadata();
        EventForm form = EventForm.of(metadata);
        String when = date == null ? null : date + " " + time;
        EventOptions options = form.options(values, when);
        if (when != null || options.deadline() != null) {
            Optional<Map<String, String>> timeErrors = SubmissionTimes.errors(when, options.deadline(),
                    commands.actor(caller).community().zone(), clock.instant());
            if (timeErrors.isPresent()) {
                return context.ackWithErrors(timeErrors.get());
            }
        }
        String submissionKey = "slack-view:" + payload.getView().getId() + ":" + payload.getView().getHash();
        Optional<Reply> refusal = work.start(caller, userId, submissionKey, form.command(options, values));
        return refusal.isPresent()
                ? context.ackWithErrors(Map.of(EventModal.TITLE, SubmissionTimes.shorten(refusal.get().text().plain())))
                : context.ack();
    }
}
