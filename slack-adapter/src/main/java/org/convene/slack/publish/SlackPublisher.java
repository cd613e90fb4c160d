package org.convene.slack.publish;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.outbox.Target;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox messages to Slack: {@code chat.postMessage} to a channel or, with the user id as channel, to a
 * person's DM; {@code chat.update} when a delivery replaces an earlier message ({@code channel:ts}). Rate limits and
 * server trouble become {@link Delivery.Retry}, permanent errors {@link Delivery.Rejected}. Never throws, never logs
 * the token or a message's content.
 */
public final class SlackPublisher implements Publisher {

    private static final Logger log = LoggerFactory.getLogger(SlackPublisher.class);
    static final Duration SERVER_TROUBLE_BACKOFF = Duration.ofSeconds(30);
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);
    static final Set<String> PERMANENT_ERRORS = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "user_not_found", "cannot_dm_bot", "account_inactive", "missing_scope", "message_not_found",
            "cant_update_message", "invalid_auth", "restricted_action", "msg_too_long", "invalid_blocks");

    private final MethodsClient methods;
    private final BlockKitRenderer renderer;

    public SlackPublisher(MethodsClient methods, BlockKitRenderer renderer) {
        this.methods = requireNonNull(methods, "methods");
        this.renderer = requireNonNull(renderer, "renderer");
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        try {
            String channel = switch (delivery.target()) {
                case Target.Channel target -> target.channel().channelId();
                case Target.Direct target -> target.userId();
                default -> null;
            };
            if (channel == null) {
                return new Delivery.Rejected("Slack has no " + delivery.target().getClass().getSimpleName()
                        + " target; Slack workspaces have no calendar to mirror events into");
            }
            List<LayoutBlock> blocks = renderer.blocks(delivery.message());
            String text = renderer.fallbackText(delivery.message());
            if (delivery.replaces() != null && delivery.replaces().contains(":")) {
                String[] ref = delivery.replaces().split(":", 2);
                ChatUpdateResponse response = methods.chatUpdate(request -> request.channel(ref[0]).ts(ref[1])
                        .text(text).blocks(blocks));
                return result(delivery, response, ref[0], ref[1]);
            }
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(channel)
                    .text(text).blocks(blocks).unfurlLinks(false));
            return result(delivery, response, response.getChannel(), response.getTs());
        } catch (SlackApiException e) {
            return httpFailure(delivery, e);
        } catch (IOException e) {
            log.warn("Delivery {} to Slack failed: {}", delivery.key(), e.getClass().getSimpleName());
            return new Delivery.Retry(SERVER_TROUBLE_BACKOFF, "Slack could not be reached: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.warn("Delivery {} to Slack failed unexpectedly: {}", delivery.key(), e.getClass().getName());
            return new Delivery.Retry(SERVER_TROUBLE_BACKOFF, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private static Delivery.Result result(Delivery delivery, SlackApiTextResponse response, String channel, String ts) {
        if (response.isOk()) {
            return new Delivery.Sent(channel + ":" + ts);
        }
        String error = response.getError() == null ? "unknown_error" : response.getError();
        log.info("Slack refused delivery {}: {}", delivery.key(), error);
        if (PERMANENT_ERRORS.contains(error)) {
            return new Delivery.Rejected(error);
        }
        if (error.equals("ratelimited")) {
            return new Delivery.Retry(DEFAULT_RATE_LIMIT_WAIT, error);
        }
        return new Delivery.Retry(SERVER_TROUBLE_BACKOFF, error);
    }

    private static Delivery.Result httpFailure(Delivery delivery, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            Duration wait = retryAfter(e.getResponse().header("Retry-After"));
            log.info("Slack rate-limited delivery {}; retrying after {}", delivery.key(), wait);
            return new Delivery.Retry(wait, "rate limited by Slack");
        }
        log.warn("Delivery {} to Slack failed with HTTP {}", delivery.key(), status);
        if (status >= 500 || status == 0) {
            return new Delivery.Retry(SERVER_TROUBLE_BACKOFF, "Slack answered HTTP " + status);
        }
        String error = e.getError() == null ? null : e.getError().getError();
        return error != null && PERMANENT_ERRORS.contains(error) ? new Delivery.Rejected(error)
                : new Delivery.Rejected("Slack answered HTTP " + status);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? DEFAULT_RATE_LIMIT_WAIT : Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }
}
