package org.convene.slack.standin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;

/** What an HTTP server answered: status, headers and body. */
public record HttpReply(int status, HttpHeaders headers, String body) {

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The body parsed as a JSON object. */
    public JsonObject json() {
        return JsonParser.parseString(body).getAsJsonObject();
    }
}
