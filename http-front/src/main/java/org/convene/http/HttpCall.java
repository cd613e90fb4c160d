package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a route sees it: method, path, raw query string (null when absent), headers by name as sent, the
 * raw body bytes (already bounded by the front's limit) and the peer's address.
 */
public record HttpCall(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                       String remoteAddress) {

    public HttpCall {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(headers, "headers");
        requireNonNull(body, "body");
        requireNonNull(remoteAddress, "remoteAddress");
    }

    /** The first value of a header, its name compared without case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }
}
