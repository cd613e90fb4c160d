package org.convene.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpCall;

/**
 * Answers a GET with a body and its validators: a strong ETag from the SHA-256 of the body, Last-Modified when known,
 * and 304 without a body when the client already holds it (If-None-Match first; If-Modified-Since only without it).
 */
final class Conditional {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private Conditional() {
    }

    static HttpAnswer answer(HttpCall call, String contentType, String body, Optional<Instant> lastModified,
                             String cacheControl, Map<String, String> extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String tag = "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("ETag", List.of(tag));
        headers.put("Cache-Control", List.of(cacheControl));
        lastModified.ifPresent(instant -> headers.put("Last-Modified", List.of(httpDate(instant))));
        extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
        if (fresh(call, tag, lastModified)) {
            return new HttpAnswer(304, null, headers, new byte[0]);
        }
        return new HttpAnswer(200, contentType, headers, bytes);
    }

    private static boolean fresh(HttpCall call, String tag, Optional<Instant> lastModified) {
        Optional<String> noneMatch = call.header("If-None-Match");
        if (noneMatch.isPresent()) {
            return Arrays.stream(noneMatch.get().split(",")).map(String::strip)
                    .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                    .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("*"));
        }
        Optional<String> since = call.header("If-Modified-Since");
        if (since.isEmpty() || lastModified.isEmpty()) {
            return false;
        }
        try {
            Instant held = ZonedDateTime.parse(since.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.get().truncatedTo(ChronoUnit.SECONDS).isAfter(held);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
