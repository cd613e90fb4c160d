package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.Map;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submissions of the {@link CheckInModal}: runs {@code checkin <id> <code>} (one quick write, well within Slack's three
 * seconds); a refusal (a wrong code, a closed window, no seat) is shown on the code's field, and a check-in closes the
 * form and is confirmed by direct message.
 */
public final class CheckInSubmissionHandler implements ViewSubmissionHandler {

    private static final Logger log = LoggerFactory.getLogger(CheckInSubmissionHandler.class);

    private final CommandService commands;
    private final CommandParser parser;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final Executor executor;

    public CheckInSubmissionHandler(CommandService commands, CommandParser parser, CallerResolver callers,
                                    BlockKitRenderer renderer, MethodsClient methods, Executor executor) {
        this.commands = requireNonNull(commands, "commands");
        this.parser = requireNonNull(parser, "parser");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
        this.executor = requireNonNull(executor, "executor");
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        String code = new ModalValues(payload.getView().getState().getValues()).text(CheckInModal.CODE);
        String eventId = payload.getView().getPrivateMetadata();
        if (code == null || eventId == null || !eventId.matches("\\d{1,18}")) {
            return context.ackWithErrors(Map.of(CheckInModal.CODE, "Type the code the organizers show."));
        }
        Caller caller = callers.caller(SlackParties.of(payload));
        Reply reply = commands.runText(caller, "checkin " + eventId + " " + code.replaceAll("\\s+", ""), parser);
        if (reply.failed()) {
            return context.ackWithErrors(Map.of(CheckInModal.CODE, SubmissionTimes.shorten(reply.text().plain())));
        }
        String userId = payload.getUser().getId();
        executor.execute(() -> confirm(userId, reply));
        return context.ack();
    }

    private void confirm(String userId, Reply reply) {
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(userId)
                    .text(renderer.fallbackText(reply)).blocks(renderer.blocks(reply)));
            if (!response.isOk()) {
                log.warn("Confirming a check-in by direct message failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("Confirming a check-in by direct message failed: {}", e.getClass().getSimpleName());
        }
    }
}
