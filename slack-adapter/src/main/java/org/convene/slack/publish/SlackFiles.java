package org.convene.slack.publish;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.convene.core.reply.Attachment;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reply's file (the attendee CSV) as a real Slack file into the asker's direct messages with the bot, through
 * files upload v2 ({@code files.getUploadURLExternal}, the upload, {@code files.completeUploadExternal}), so that only
 * the asker sees it. Never logs the file's content.
 */
public final class SlackFiles {

    private static final Logger log = LoggerFactory.getLogger(SlackFiles.class);

    private final MethodsClient methods;

    public SlackFiles(MethodsClient methods) {
        this.methods = requireNonNull(methods, "methods");
    }

    /**
     * Uploads the reply's file, if it has one, and returns the reply with a line saying where the file went in place
     * of the file; if the upload fails, the reply as it was, so that the file is still shown inline.
     */
    public Reply deliver(String userId, Reply reply) {
        if (reply.attachment().isEmpty()) {
            return reply;
        }
        Attachment file = reply.attachment().get();
        if (!upload(userId, file)) {
            return reply;
        }
        Text text = Text.builder().text(reply.text()).plain(" The file ").strong(file.fileName())
                .plain(" is in your direct messages with the bot.").build();
        return new Reply(reply.visibility(), text, reply.cards(), Optional.empty(), reply.failed());
    }

    private boolean upload(String userId, Attachment file) {
        try {
            ConversationsOpenResponse open = methods.conversationsOpen(request -> request.users(List.of(userId)));
            if (!open.isOk() || open.getChannel() == null) {
                log.warn("Opening the direct messages of {} for a file failed: {}", userId, open.getError());
                return false;
            }
            String channelId = open.getChannel().getId();
            FilesUploadV2Response response = methods.filesUploadV2(request -> request.channel(channelId)
                    .filename(file.fileName()).title(file.fileName())
                    .fileData(file.content().getBytes(StandardCharsets.UTF_8)));
            if (!response.isOk()) {
                log.warn("Uploading {} to {} failed: {}", file.fileName(), userId, response.getError());
            }
            return response.isOk();
        } catch (Exception e) {
            log.warn("Uploading {} to {} failed: {}", file.fileName(), userId, e.getClass().getSimpleName());
            return false;
        }
    }
}
