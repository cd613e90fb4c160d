package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * What the REST stand-in answers to one request: a status, a JSON body (empty for 204) and extra headers.
 *
 * @param status the HTTP status
 * @param body the JSON text, or an empty string for no body
 * @param headers headers to send besides the ones every answer carries
 */
public record RestAnswer(int status, String body, Map<String, String> headers) {
    public RestAnswer {
        requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public static RestAnswer json(int status, DataObject body) {
        return new RestAnswer(status, body.toString(), Map.of());
    }

    public static RestAnswer json(int status, DataArray body) {
        return new RestAnswer(status, body.toString(), Map.of());
    }

    public static RestAnswer ok(DataObject body) {
        return json(200, body);
    }

    public static RestAnswer noContent() {
        return new RestAnswer(204, "", Map.of());
    }

    /** A Discord error body, such as {@code error(404, 10008, "Unknown Message")}. */
    public static RestAnswer error(int status, int code, String message) {
        return json(status, DataObject.empty().put("message", message).put("code", code));
    }

    public RestAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RestAnswer(status, body, more);
    }
}
