package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One HTTP request the REST stand-in received, with the status it answered. The body is kept as text and parsed on
 * each call, so a test cannot change what was recorded; for a multipart request the text is the
 * {@code payload_json} part and the uploaded files are in {@link #files()}.
 *
 * @param number the position in arrival order, starting at 1
 * @param method the HTTP method, upper case
 * @param path the path below {@code /api/v10}, such as {@code /channels/42/messages} (the full path for other
 *     prefixes)
 * @param query the raw query string, or an empty string
 * @param headers the request headers, names in lower case
 * @param bodyText the JSON body, or an empty string
 * @param files the uploaded files of a multipart request
 * @param status the HTTP status the stand-in answered (0 while the request is being answered)
 * @param receivedNanos {@link System#nanoTime()} on arrival, to measure gaps between requests
 */
public record RecordedRequest(
        long number,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String bodyText,
        List<RecordedFile> files,
        int status,
        long receivedNanos) {

    public RecordedRequest {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(query, "query");
        headers = Map.copyOf(headers);
        requireNonNull(bodyText, "bodyText");
        files = List.copyOf(files);
    }

    /** Matches requests with this method whose path fits the template, such as {@code /channels/{id}/messages}. */
    public static Predicate<RecordedRequest> to(String method, String pathTemplate) {
        return new RouteMatch(method, RoutePattern.of(pathTemplate));
    }

    /** Whether the method is this one and the path fits the template. */
    public boolean isTo(String expectedMethod, String pathTemplate) {
        return to(expectedMethod, pathTemplate).test(this);
    }

    /** The named path segments of the template, such as {@code channelId}; fails if the path does not fit. */
    public Map<String, String> pathVariables(String pathTemplate) {
        return RoutePattern.of(pathTemplate)
                .match(path)
                .orElseThrow(() -> new IllegalArgumentException(path + " does not fit " + pathTemplate));
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public boolean hasBody() {
        return !bodyText.isBlank();
    }

    /** The body parsed as a JSON object; fails if it is not one. */
    public DataObject bodyObject() {
        if (!bodyText.stripLeading().startsWith("{")) {
            throw new IllegalStateException("body of " + method + " " + path + " is not a JSON object: " + bodyText);
        }
        return DataObject.fromJson(bodyText);
    }

    /** The body parsed as a JSON array; fails if it is not one. */
    public DataArray bodyArray() {
        if (!bodyText.stripLeading().startsWith("[")) {
            throw new IllegalStateException("body of " + method + " " + path + " is not a JSON array: " + bodyText);
        }
        return DataArray.fromJson(bodyText);
    }

    /** How long after the earlier request this one arrived. */
    public Duration elapsedSince(RecordedRequest earlier) {
        return Duration.ofNanos(receivedNanos - earlier.receivedNanos);
    }

    /** A one-line description for failure messages. */
    public String summary() {
        String shownBody = bodyText.length() > 300 ? bodyText.substring(0, 300) + "…" : bodyText;
        String shownQuery = query.isEmpty() ? "" : "?" + query;
        String shownFiles = files.isEmpty() ? "" : " files " + files;
        return "#" + number + " " + method + " " + path + shownQuery + " -> " + status + " " + shownBody + shownFiles;
    }

    RecordedRequest answered(int answeredStatus) {
        return new RecordedRequest(
                number, method, path, query, headers, bodyText, files, answeredStatus, receivedNanos);
    }

    private record RouteMatch(String method, RoutePattern pattern) implements Predicate<RecordedRequest> {
        @Override
        public boolean test(RecordedRequest request) {
            return request.method().equalsIgnoreCase(method) && pattern.matches(request.path());
        }

        @Override
        public String toString() {
            return method + " " + pattern.template();
        }
    }
}
