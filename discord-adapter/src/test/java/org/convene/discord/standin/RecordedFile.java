package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * A file JDA uploaded in a multipart request, such as a CSV export attached to a message.
 *
 * @param field the form field, such as {@code files[0]}
 * @param filename the file name JDA sent
 * @param contentType the part's content type, or an empty string
 * @param content the bytes
 */
public record RecordedFile(String field, String filename, String contentType, byte[] content) {
    public RecordedFile {
        requireNonNull(field, "field");
        requireNonNull(filename, "filename");
        requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content read as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return field + "=" + filename + " (" + content.length + " bytes, " + contentType + ")";
    }
}
