package org.convene.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers a conditional GET from a kept answer's validators: 304 without a body when the client already holds it
 * (If-None-Match first; If-Modified-Since only without it), the answer itself otherwise.
 */
final class Validators {

    private Validators() {
    }

    static HttpAnswer answer(HttpCall call, HttpAnswer kept) {
        if (kept.status() == 200 && fresh(call, first(kept.headers(), "ETag"), first(kept.headers(), "Last-Modified"))) {
            return new HttpAnswer(304, null, kept.headers(), new byte[0]);
        }
        return kept;
    }

    /** The call without its conditional headers, so the route renders the full answer to keep. */
    static HttpCall unconditional(HttpCall call) {
        Map<String, List<String>> headers = call.headers().entrySet().stream()
                .filter(entry -> !entry.getKey().equalsIgnoreCase("If-None-Match")
                        && !entry.getKey().equalsIgnoreCase("If-Modified-Since"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body(), call.remoteAddress());
    }

    static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }

    private static boolean fresh(HttpCall call, String tag, String lastModified) {
        var noneMatch = call.header("If-None-Match");
        if (noneMatch.isPresent()) {
            return tag != null && Arrays.stream(noneMatch.get().split(",")).map(String::strip)
                    .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                    .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("*"));
        }
        var since = call.header("If-Modified-Since");
        if (since.isEmpty() || lastModified == null) {
            return false;
        }
        try {
            Instant held = ZonedDateTime.parse(since.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.isAfter(held);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
}
