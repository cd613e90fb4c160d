package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Reply;
import org.convene.slack.publish.SlackFiles;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /meetup}: acknowledges at once, then runs the text through the core on an executor and answers on the
 * response URL, ephemeral or in the channel; a reply's file (the attendee CSV) goes to the asker's direct messages as a
 * Slack file. {@code post <group>} or {@code edit <id>} alone opens the event modal, the edit one with the event's values.
 */
public final class MeetupCommandHandler implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(MeetupCommandHandler.class);
    private static final Pattern MODAL = Pattern.compile("\\s*(post|edit)\\s+(#?[\\w-]+)\\s*", Pattern.CASE_INSENSITIVE);

    private final CommandService commands;
    private final CommandParser parser;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final RetryGuard retries;
    private final Executor executor;
    private final EditForms editForms;
    private final SlackFiles files;
    private final ResponseUrlPoster responses;

    public MeetupCommandHandler(CommandService commands, CommandParser parser, CallerResolver callers,
                                BlockKitRenderer renderer, MethodsClient methods, RetryGuard retries,
                                Executor executor, EditForms editForms, SlackFiles files,
                                ResponseUrlPoster responses) {
        this.commands = requireNonNull(commands, "commands");
        this.parser = requireNonNull(parser, "parser");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
        this.retries = requireNonNull(retries, "retries");
        this.executor = requireNonNull(executor, "executor");
        this.editForms = requireNonNull(editForms, "editForms");
        this.files = requireNonNull(files, "files");
        this.responses = requireNonNull(responses, "responses");
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        if (retries.isRepeat(request.getHeaders(), payload.getTriggerId())) {
            return context.ack();
        }
        executor.execute(() -> handle(payload, context));
        return context.ack();
    }

    private void handle(SlashCommandPayload payload, SlashCommandContext context) {
        try {
            run(payload, context);
        } catch (RuntimeException e) {
            log.warn("/meetup could not be answered: {}", e.getClass().getSimpleName());
        }
    }

    private void run(SlashCommandPayload payload, SlashCommandContext context) {
        String text = SlackText.read(payload.getText());
        Matcher modal = MODAL.matcher(text);
        if (modal.matches() && openModal(payload, modal.group(1), modal.group(2))) {
            return;
        }
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("proposals decline")) {
            java.util.Optional<View> reasonForm = ProposalModal.forCommand(text,
                    () -> commands.actor(callers.caller(SlackParties.of(payload))).admin());
            if (reasonForm.isPresent() && ProposalModal.open(methods, payload.getTriggerId(), reasonForm.get())) {
                return;
            }
        }
        Reply reply = commands.runText(callers.caller(SlackParties.of(payload)), text, parser);
        respond(context, files.deliver(payload.getUserId(), reply));
    }

    private boolean openModal(SlashCommandPayload payload, String verb, String target) {
        boolean edit = verb.equalsIgnoreCase("edit");
        String id = edit && target.startsWith("#") ? target.substring(1) : target;
        if (edit && !id.matches("\\d{1,18}")) {
            return false;
        }
        try {
            View view = edit ? editForms.view(callers.caller(payload.getTeamId(), payload.getTeamDomain(),
                    payload.getUserId(), payload.getUserName(), null), Long.parseLong(id)) : EventModal.post(id);
            ViewsOpenResponse response = methods.viewsOpen(request -> request.triggerId(payload.getTriggerId())
                    .view(view));
            if (!response.isOk()) {
                log.warn("views.open failed: {}", response.getError());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warn("views.open failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private void respond(SlashCommandContext context, Reply reply) {
        try {
            responses.post(context.getResponseUrl(), SlashCommandResponse.builder()
                    .responseType(reply.visibility() == Reply.Visibility.PUBLIC ? "in_channel" : "ephemeral")
                    .text(renderer.fallbackText(reply)).blocks(renderer.blocks(reply)).build());
        } catch (Exception e) {
            log.warn("Answering /meetup on its response URL failed: {}", e.getClass().getSimpleName());
        }
    }
}
