package org.convene.slack.standin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP call the stand-in received: a Web API method (name = method, e.g. {@code chat.postMessage})
 * or a post to a {@code response_url} (name = the id in {@code /respond/{id}}), with its parameters
 * (form fields as strings, or the JSON body), headers (lower-cased names), and the status it was answered.
 */
public record RecordedCall(
        Target target,
        String name,
        JsonObject params,
        Map<String, List<String>> headers,
        String body,
        int status,
        Instant receivedAt) {

    /** Which kind of Slack endpoint received the call. */
    public enum Target { WEB_API, RESPONSE_URL, FILE_UPLOAD }

    /** Whether this is a call of the given Web API method. */
    public boolean isApiCall(String method) {
        return target == Target.WEB_API && name.equals(method);
    }

    /** Whether this is a post to the response URL with the given id. */
    public boolean isResponseUrlPost(String id) {
        return target == Target.RESPONSE_URL && name.equals(id);
    }

    /** A parameter as text (a JSON object or array as its JSON text), or null if absent. */
    public String param(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** A parameter holding JSON (such as {@code view} or {@code blocks}, sent as JSON text in a form), parsed. */
    public JsonElement jsonParam(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? JsonParser.parseString(value.getAsString()) : value;
    }

    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String headerName) {
        List<String> values = headers.get(headerName.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether this is the upload of a file's bytes to the upload URL of files upload v2. */
    public boolean isFileUpload(String fileId) {
        return target == Target.FILE_UPLOAD && name.equals(fileId);
    }

    @Override
    public String toString() {
        String where = target == Target.WEB_API ? name : (target == Target.FILE_UPLOAD ? "upload " : "response_url ")
                + name;
        return where + " " + abbreviate(params.toString()) + " -> " + status;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
