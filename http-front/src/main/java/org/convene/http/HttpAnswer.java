package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What a route answers: a status, a content type (null for none), extra headers and the body bytes. */
public record HttpAnswer(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

    /** Plain UTF-8 text. */
    public static final String TEXT = "text/plain; charset=utf-8";

    public HttpAnswer {
        requireNonNull(headers, "headers");
        requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be within 100..599, was " + status);
        }
    }

    /** A plain-text answer. */
    public static HttpAnswer text(int status, String text) {
        return new HttpAnswer(status, TEXT, Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }
}
