package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

/** A file that comes with a reply, such as the attendee list as CSV. */
public record Attachment(String fileName, String mediaType, String content) {
    public Attachment {
        requireNonNull(fileName, "fileName");
        requireNonNull(mediaType, "mediaType");
        requireNonNull(content, "content");
    }
}
