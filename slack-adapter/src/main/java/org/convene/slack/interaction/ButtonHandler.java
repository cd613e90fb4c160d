package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every button: acknowledges, runs the button's command text for the clicking user, and for an RSVP updates the card
 * in place (the ephemeral message through its response URL, a channel message with {@code chat.update}, showing no
 * one's private details) and tells the clicker privately where their answer landed. A click with no response URL
 * (the Home tab, a modal) is answered by direct message, and a click on the Home tab publishes the tab again. A
 * button standing for a form (check in, offer a talk, propose a group, decline a proposal, post a closed poll's
 * event) opens that form instead.
 */
public final class ButtonHandler implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    private final CommandService commands;
    private final CommandParser parser;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final HomeRefresh home;
    private final Executor executor;
    private final ResponseUrlPoster responses;
    private final TalkForms talkForms;
    private final Optional<PollPostForm> pollForms;

    /**
     * With {@code pollForms}, a closed poll's "Post the event" button opens the filled event form rather than posting
     * the winning date as it is.
     */
    public ButtonHandler(CommandService commands, CommandParser parser, CallerResolver callers,
                         BlockKitRenderer renderer, MethodsClient methods, HomeRefresh home, Executor executor,
                         ResponseUrlPoster responses, TalkForms talkForms, Optional<PollPostForm> pollForms) {
        this.talkForms = requireNonNull(talkForms, "talkForms");
        this.pollForms = requireNonNull(pollForms, "pollForms");
        this.home = requireNonNull(home, "home");
        this.commands = requireNonNull(commands, "commands");
        this.parser = requireNonNull(parser, "parser");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
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
        Optional<Long> checkIn = CheckInModal.eventOf(command);
        if (checkIn.isPresent() && payload.getTriggerId() != null) {
            openCheckIn(payload.getTriggerId(), checkIn.get());
            return;
        }
        SlackParties parties = SlackParties.of(payload);
        Caller caller = callers.caller(parties);
        Optional<View> form = ProposalModal.forCommand(command, () -> commands.actor(caller).admin());
        if (form.isPresent() && ProposalModal.open(methods, payload.getTriggerId(), form.get())) {
            return;
        }
        Optional<Long> talkForm = TalkForms.eventOf(command);
        if (talkForm.isPresent() && talkForms.open(caller, payload.getTriggerId(), talkForm.get())) {
            return;
        }
        Optional<Long> pollToPost = pollForms.isPresent() ? PollPostForm.pollOf(command) : Optional.empty();
        Reply reply;
        if (pollToPost.isPresent()) {
            Optional<Reply> refusal = pollForms.get().open(caller, pollToPost.get(), payload.getTriggerId());
            if (refusal.isEmpty()) {
                return;
            }
            reply = refusal.get();
        } else {
            reply = commands.runText(caller, command, parser);
        }
        if (payload.getResponseUrl() == null || payload.getResponseUrl().isBlank()) {
            directMessage(parties.userId(), reply);
            if (isHomeTab(payload)) {
                home.refresh(caller);
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
            updateChannelMessage(payload, channelId, reply.cards().getFirst().withoutPersonalFields());
        }
        respond(context, reply, false);
    }

    /** A "Check in" button opens the form for the code rather than running a command. */
    private void openCheckIn(String triggerId, long eventId) {
        try {
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(triggerId)
                    .view(CheckInModal.view(eventId)));
            if (!response.isOk()) {
                log.warn("views.open of the check-in form failed: {}", response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("views.open of the check-in form failed: {}", e.getClass().getSimpleName());
        }
    }

    private static boolean isHomeTab(BlockActionPayload payload) {
        return payload.getView() != null && "home".equals(payload.getView().getType());
    }

    private void directMessage(String userId, Reply reply) {
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(userId)
                    .text(renderer.fallbackText(reply)).blocks(renderer.blocks(reply)));
            if (!response.isOk()) {
                log.warn("Answering a button by direct message failed: {}", response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Answering a button by direct message failed: {}", e.getClass().getSimpleName());
        }
    }

    private void updateChannelMessage(BlockActionPayload payload, String channelId, Card card) {
        List<LayoutBlock> blocks = CardSplicer.replace(payload.getMessage().getBlocks(), card, renderer);
        try {
            ChatUpdateResponse response = methods.chatUpdate(request -> request.channel(channelId)
                    .ts(payload.getMessage().getTs()).text(renderer.fallbackText(Reply.text("").withCard(card)))
                    .blocks(blocks));
            if (!response.isOk()) {
                log.warn("chat.update of an event card failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("chat.update of an event card failed: {}", e.getClass().getSimpleName());
        }
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
