package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;

/**
 * Submissions of the {@link TalkModal}: the offer runs once per view on the workers, like the event form's; a refusal
 * that comes in time is shown on the title, and the outcome otherwise reaches the member as a direct message.
 */
public final class TalkSubmissionHandler implements ViewSubmissionHandler {

    private final CallerResolver callers;
    private final SubmissionWork work;

    public TalkSubmissionHandler(CommandService commands, CallerResolver callers, BlockKitRenderer renderer,
                                 MethodsClient methods, Executor executor) {
        this.callers = requireNonNull(callers, "callers");
        this.work = new SubmissionWork(commands, renderer, methods, executor, EventSubmissionHandler.ANSWER_WAIT,
                "Your talk could not be offered: ");
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalValues values = new ModalValues(payload.getView().getState().getValues());
        String metadata = payload.getView().getPrivateMetadata() == null ? "" : payload.getView().getPrivateMetadata();
        if (!metadata.matches(TalkModal.METADATA + "\\d{1,18}")) {
            return context.ackWithErrors(Map.of(TalkModal.TITLE, "This form is out of date; click Offer a talk again."));
        }
        long eventId = Long.parseLong(metadata.substring(TalkModal.METADATA.length()));
        String slot = values.text(TalkModal.SLOT);
        Command command;
        try {
            command = new Command.OfferTalk(eventId, slot == null || !slot.matches("\\d{1,3}") ? null
                    : Integer.valueOf(slot), values.text(TalkModal.TITLE), values.text(TalkModal.DESCRIPTION));
        } catch (Refusal refusal) {
            return context.ackWithErrors(Map.of(TalkModal.TITLE, refusal.getMessage()));
        }
        Caller caller = callers.caller(SlackParties.of(payload));
        String submissionKey = "slack-view:" + payload.getView().getId() + ":" + payload.getView().getHash();
        Optional<Reply> refusal = work.start(caller, payload.getUser().getId(), submissionKey, command);
        return refusal.isPresent()
                ? context.ackWithErrors(Map.of(TalkModal.TITLE, SubmissionTimes.shorten(refusal.get().text().plain())))
                : context.ack();
    }
}
