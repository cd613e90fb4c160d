package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.EventOptions;
import org.convene.core.command.TimeReader;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submissions of the {@link EventModal}: checks the times first and answers a mistake on the field it concerns,
 * runs the post or edit, puts any other refusal on the title, and on success closes the modal and sends the result
 * to the organizer's direct messages.
 */
public final class EventSubmissionHandler implements ViewSubmissionHandler {

    private static final Logger log = LoggerFactory.getLogger(EventSubmissionHandler.class);
    private static final int ERROR_LIMIT = 2000;

    private final CommandService commands;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final Executor executor;
    private final Clock clock;

    public EventSubmissionHandler(CommandService commands, CallerResolver callers, BlockKitRenderer renderer,
                                  MethodsClient methods, Executor executor, Clock clock) {
        this.commands = requireNonNull(commands, "commands");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
        this.executor = requireNonNull(executor, "executor");
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
        String when = date == null ? null : date + " " + time;
        EventOptions options = new EventOptions(values.text(EventModal.TITLE), values.text(EventModal.DESCRIPTION),
                when, null, values.text(EventModal.DURATION), values.text(EventModal.VENUE),
                values.text(EventModal.ONLINE), values.text(EventModal.LINK), values.text(EventModal.CAPACITY),
                values.text(EventModal.GUESTS), values.text(EventModal.DEADLINE), values.text(EventModal.REPEAT));
        Optional<Map<String, String>> timeErrors = timeErrors(caller, when, options.deadline());
        if (timeErrors.isPresent()) {
            return context.ackWithErrors(timeErrors.get());
        }
        String metadata = payload.getView().getPrivateMetadata() == null ? "" : payload.getView().getPrivateMetadata();
        Command command = metadata.startsWith("edit:") ? new Command.Edit(Long.parseLong(metadata.substring(5)), options)
                : new Command.Post(metadata.startsWith("post:") ? metadata.substring(5) : metadata, options);
        Reply reply = commands.run(caller, command);
        if (reply.failed()) {
            return context.ackWithErrors(Map.of(EventModal.TITLE, shorten(reply.text().plain())));
        }
        executor.execute(() -> sendToUser(userId, reply));
        return context.ack();
    }

    private Optional<Map<String, String>> timeErrors(Caller caller, String when, String deadline) {
        if (when == null && deadline == null) {
            return Optional.empty();
        }
        ZoneId zone = commands.actor(caller).community().zone();
        Instant now = clock.instant();
        for (Map.Entry<String, String> field : fields(when, deadline).entrySet()) {
            try {
                Instant read = TimeReader.read(field.getValue(), field.getKey().equals(EventModal.DATE) ? "when"
                        : "deadline", zone, now);
                if (field.getKey().equals(EventModal.DATE) && read.isBefore(now)) {
                    return Optional.of(Map.of(EventModal.DATE, "That day and time, " + field.getValue()
                            + ", is in the past; pick a later one."));
                }
            } catch (Refusal refusal) {
                return Optional.of(Map.of(field.getKey(), shorten(refusal.getMessage())));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> fields(String when, String deadline) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (when != null) {
            fields.put(EventModal.DATE, when);
        }
        if (deadline != null) {
            fields.put(EventModal.DEADLINE, deadline);
        }
        return fields;
    }

    private void sendToUser(String userId, Reply reply) {
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(userId)
                    .text(renderer.fallbackText(reply)).blocks(renderer.blocks(reply)));
            if (!response.isOk()) {
                log.warn("Sending the event's confirmation to {} failed: {}", userId, response.getError());
            }
        } catch (Exception e) {
            log.warn("Sending the event's confirmation to {} failed: {}", userId, e.getClass().getSimpleName());
        }
    }

    private static String shorten(String message) {
        return message.length() <= ERROR_LIMIT ? message : message.substring(0, ERROR_LIMIT - 1) + "…";
    }
}
