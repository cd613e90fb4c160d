package org.convene.slack.standin;

import com.google.gson.JsonObject;
import java.util.Map;

/** An HTTP answer the stand-in gives: status, extra headers and a JSON body. */
record StandInAnswer(int status, Map<String, String> headers, String body) {

    static StandInAnswer ok(JsonObject body) {
        body.addProperty("ok", true);
        return new StandInAnswer(200, Map.of(), body.toString());
    }

    /** What Slack answers when a method fails: HTTP 200 with {@code {"ok":false,"error":...}}. */
    static StandInAnswer error(String error) {
        JsonObject body = new JsonObject();
        body.addProperty("ok", false);
        body.addProperty("error", error);
        return new StandInAnswer(200, Map.of(), body.toString());
    }

    /** What Slack answers when a method is rate-limited: HTTP 429 with a Retry-After in seconds. */
    static StandInAnswer rateLimited(int retryAfterSeconds) {
        JsonObject body = new JsonObject();
        body.addProperty("ok", false);
        body.addProperty("error", "ratelimited");
        return new StandInAnswer(429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)), body.toString());
    }
}
