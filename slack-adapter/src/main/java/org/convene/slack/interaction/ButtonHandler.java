package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every button: acknowledges, runs the button's command text for the clicking user, and for an RSVP updates the card
 * in place (the ephemeral message through its response URL, a channel message with {@code chat.update}, showing no
 * one's private details) and tells the clicker privately where their answer landed. A click with no response URL
 * (the Home tab, a modal) is answered by direct message, and a click on the Home tab publishes the tab again. A
 * button standing for a form (one of the given {@link FormButtons}) opens that form instead.
 */
public final class ButtonHandler implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    private final CommandService commands;
    private final CommandParser parser;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final HomeRefresh home;
    private final Executor executor;
    private final ResponseUrlPoster responses;
    private final FormButtons forms;
    private final ClickMessages messages;

    public ButtonHandler(CommandService commands, CommandParser parser, CallerResolver callers,
                         BlockKitRenderer renderer, MethodsClient methods, HomeRefresh home, Executor executor,
                         ResponseUrlPoster responses, FormButtons forms) {
        this.forms = requireNonNull(forms, "forms");
        this.home = requireNonNull(home, "home");
        this.commands = requireNonNull(commands, "commands");
        this.parser = requireNonNull(parser, "parser");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.messages = new ClickMessages(requireNonNull(methods, "methods"), renderer);
        this.executor = requireNonNull(executor, "executor");
        this.responses = requireNonNull(responses, "responses");
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() != null && !payload.getActions().isEmpty()) {
            executor.execute(() -> click(payload, context));
        }
        return context.ack();
    }

    private void click(BlockActionPayload payload, ActionContext context) {
        try {
            answer(payload, context);
        } catch (RuntimeException e) {
            log.warn("A button click could not be answered: {}", e.getClass().getSimpleName());
        }
    }

    private void answer(BlockActionPayload payload, ActionContext context) {
        BlockActionPayload.Action action = payload.getActions().getFirst();
        String command = action.getValue() != null ? action.getValue() : action.getActionId();
        SlackParties parties = SlackParties.of(payload);
        FormClick click = new FormClick(command, payload.getTriggerId(), () -> callers.caller(parties), commands,
                parser);
        Optional<Reply> answered = forms.answer(click);
        if (answered.isEmpty()) {
            return;
        }
        Reply reply = answered.get();
        if (payload.getResponseUrl() == null || payload.getResponseUrl().isBlank()) {
            messages.directMessage(parties.userId(), reply);
            if (isHomeTab(payload)) {
                home.refresh(click.caller());
            }
            return;
        }
        String channelId = parties.channelId();
        boolean updatesCard = !reply.failed() && command.startsWith("rsvp ") && !reply.cards().isEmpty();
        boolean ephemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
        if (updatesCard && ephemeral) {
            respond(context, reply, true);
            return;
        }
        if (updatesCard && payload.getMessage() != null && channelId != null) {
            messages.updateChannelMessage(payload, channelId, reply.cards().getFirst().withoutPersonalFields());
        }
        respond(context, reply, false);
    }

    private static boolean isHomeTab(BlockActionPayload payload) {
        return payload.getView() != null && "home".equals(payload.getView().getType());
    }

    private void respond(ActionContext context, Reply reply, boolean replaceOriginal) {
        try {
            responses.post(context.getResponseUrl(), ActionResponse.builder().responseType("ephemeral").replaceOriginal(replaceOriginal)
                    .text(renderer.fallbackText(reply)).blocks(renderer.blocks(reply)).build());
        } catch (Exception e) {
            log.warn("Answering a button on its response URL failed: {}", e.getClass().getSimpleName());
        }
    }
}
