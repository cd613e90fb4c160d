package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a submitted form's command on the workers, once per submission, and waits for it only as long as Slack's
 * answer can wait. A refusal that comes in time goes back onto the form; anything later, and every success, reaches
 * the organizer as a direct message (the event's card, or what went wrong).
 */
final class SubmissionWork {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWork.class);

    private final CommandService commands;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final Executor executor;
    private final Duration answerWait;
    private final String failurePrefix;

    SubmissionWork(CommandService commands, BlockKitRenderer renderer, MethodsClient methods, Executor executor,
                   Duration answerWait) {
        this(commands, renderer, methods, executor, answerWait, "Your event form could not be saved: ");
    }

    SubmissionWork(CommandService commands, BlockKitRenderer renderer, MethodsClient methods, Executor executor,
                   Duration answerWait, String failurePrefix) {
        this.failurePrefix = requireNonNull(failurePrefix, "failurePrefix");
        this.commands = requireNonNull(commands, "commands");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
        this.executor = requireNonNull(executor, "executor");
        this.answerWait = requireNonNull(answerWait, "answerWait");
    }

    /**
     * Starts the command; returns the refusal to show on the form if it came within the wait, else empty (the form
     * closes, and the organizer hears the outcome in a direct message).
     */
    Optional<Reply> start(Caller caller, String userId, String submissionKey, Command command) {
        CompletableFuture<Reply> work = CompletableFuture.supplyAsync(
                () -> commands.runOnce(caller, submissionKey, command), executor);
        try {
            Reply reply = work.get(answerWait.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.failed()) {
                return Optional.of(reply);
            }
        } catch (TimeoutException e) {
            log.info("The form's work outlasted the answer's wait; its outcome goes to {} as a message", userId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("The form's work failed: {}", e.getCause().getClass().getSimpleName());
            return Optional.empty();
        }
        work.thenAcceptAsync(reply -> sendToUser(userId, reply), executor);
        return Optional.empty();
    }

    private void sendToUser(String userId, Reply reply) {
        Reply shown = reply.failed() ? Reply.failure(failurePrefix + reply.text().plain())
                : reply;
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(userId)
                    .text(renderer.fallbackText(shown)).blocks(renderer.blocks(shown)));
            if (!response.isOk()) {
                log.warn("Sending the form's outcome to {} failed: {}", userId, response.getError());
            }
        } catch (Exception e) {
            log.warn("Sending the form's outcome to {} failed: {}", userId, e.getClass().getSimpleName());
        }
    }
}
