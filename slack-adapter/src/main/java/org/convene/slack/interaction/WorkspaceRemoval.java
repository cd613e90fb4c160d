package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.stream.Stream;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled}, and {@code tokens_revoked} naming the bot's token: the workspace (or organization) stops
 * getting messages, its data stays, and its community's admins are told elsewhere. A revoked user token changes
 * nothing, since the app posts only with its bot token. Recorded before the acknowledgement: one short transaction.
 */
public final class WorkspaceRemoval {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceRemoval.class);

    private final SpaceActivity activity;

    public WorkspaceRemoval(SpaceActivity activity) {
        this.activity = requireNonNull(activity, "activity");
    }

    public Response uninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext context) {
        remove(payload.getTeamId(), payload.getEnterpriseId());
        return context.ack();
    }

    public Response tokensRevoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext context) {
        TokensRevokedEvent.Tokens tokens = payload.getEvent() == null ? null : payload.getEvent().getTokens();
        if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            remove(payload.getTeamId(), payload.getEnterpriseId());
        }
        return context.ack();
    }

    private void remove(String teamId, String enterpriseId) {
        Stream.of(teamId, enterpriseId).filter(id -> id != null && !id.isBlank()).distinct().forEach(this::remove);
    }

    private void remove(String spaceId) {
        try {
            activity.removed(new SpaceRef(Platform.SLACK, spaceId));
            log.info("The app was removed from Slack workspace {}: nothing is sent there until it is used again",
                    spaceId);
        } catch (RuntimeException e) {
            log.warn("Recording that the app was removed from {} failed: {}", spaceId, e.getClass().getSimpleName());
        }
    }
}
