package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.ViewState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.MemberRef;
import org.convene.slack.render.BlockKitRenderer;

/**
 * Submissions of the {@link ProposalModal}: the proposal or the decline runs once per view, a refusal that comes in
 * time is shown on the form's first field, and the outcome otherwise reaches the person as a direct message.
 */
public final class ProposalSubmissionHandler implements ViewSubmissionHandler {

    private final CallerResolver callers;
    private final SubmissionWork work;

    public ProposalSubmissionHandler(CommandService commands, CallerResolver callers, BlockKitRenderer renderer,
                                     MethodsClient methods, Executor executor) {
        this.callers = requireNonNull(callers, "callers");
        this.work = new SubmissionWork(commands, renderer, methods, executor, Duration.ofMillis(1500),
                "Your proposal could not be saved: ");
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalValues values = new ModalValues(payload.getView().getState().getValues());
        String metadata = payload.getView().getPrivateMetadata() == null ? "" : payload.getView().getPrivateMetadata();
        boolean decline = metadata.startsWith(ProposalModal.DECLINE);
        Command command = decline
                ? new Command.ProposalDecline(Long.parseLong(metadata.substring(ProposalModal.DECLINE.length())),
                        values.text(ProposalModal.REASON))
                : new Command.Propose(values.text(ProposalModal.SLUG), values.text(ProposalModal.NAME),
                        values.text(ProposalModal.DESCRIPTION), values.text(ProposalModal.WHY),
                        organizers(payload.getView().getState().getValues()));
        if (!decline && values.text(ProposalModal.SLUG) == null) {
            return context.ackWithErrors(Map.of(ProposalModal.SLUG, "Give the group a short name, such as zines."));
        }
        String key = "slack-view:" + payload.getView().getId() + ":" + payload.getView().getHash();
        Optional<Reply> refusal = work.start(callers.caller(SlackParties.of(payload)), payload.getUser().getId(), key,
                command);
        return refusal.isPresent() ? context.ackWithErrors(Map.of(decline ? ProposalModal.REASON : ProposalModal.SLUG,
                SubmissionTimes.shorten(refusal.get().text().plain()))) : context.ack();
    }

    /** The users picked as co-organizers, as Slack identities (named by id until they use the bot themselves). */
    private static List<MemberRef> organizers(Map<String, Map<String, ViewState.Value>> values) {
        Map<String, ViewState.Value> block = values == null ? null : values.get(ProposalModal.ORGANIZERS);
        ViewState.Value picked = block == null ? null : block.get(EventModal.ACTION);
        if (picked == null || picked.getSelectedUsers() == null) {
            return List.of();
        }
        return picked.getSelectedUsers().stream().<MemberRef>map(userId ->
                new MemberRef.ByIdentity(new Identity(Platform.SLACK, userId), userId)).toList();
    }
}
