package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.Response;

/**
 * Posts an answer to its response URL as the snake_case JSON Bolt's {@code respond} sends, made by one long-lived
 * Gson. Bolt makes a new Gson for every answer, which reflects over the response and every Block Kit class in it
 * again each time: more than half of a command's CPU, taken from the cores the next acks need.
 */
public final class ResponseUrlPoster {

    private final Gson gson;
    private final SlackHttpClient http;

    public ResponseUrlPoster(Slack slack) {
        requireNonNull(slack, "slack");
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.http = slack.getHttpClient();
    }

    /**
     * Posts {@code response} (a Bolt response body, such as a slash command or action response) to the URL.
     *
     * @throws IOException if the post fails or the URL does not answer with a success
     */
    public void post(String responseUrl, Object response) throws IOException {
        requireNonNull(responseUrl, "responseUrl");
        // A JSON tree is written by Gson's own tree adapter, so Bolt's client reflects over nothing when it sends it.
        JsonElement body = gson.toJsonTree(response);
        try (Response answer = http.postJsonBody(responseUrl, body)) {
            if (!answer.isSuccessful()) {
                throw new IOException("the response URL answered " + answer.code());
            }
        }
    }
}
