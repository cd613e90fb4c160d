package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls that answer a click: a direct message where the click came with no response URL, and
 * {@code chat.update} of a channel message whose event card changed. A failure is logged, never thrown.
 */
final class ClickMessages {

    private static final Logger log = LoggerFactory.getLogger(ClickMessages.class);

    private final MethodsClient methods;
    private final BlockKitRenderer renderer;

    ClickMessages(MethodsClient methods, BlockKitRenderer renderer) {
        this.methods = requireNonNull(methods, "methods");
        this.renderer = requireNonNull(renderer, "renderer");
    }

    void directMessage(String userId, Reply reply) {
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

    /** Replaces the event's card in the clicked channel message, leaving its other blocks as they are. */
    void updateChannelMessage(BlockActionPayload payload, String channelId, Card card) {
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
}
