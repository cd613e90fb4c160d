package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts an answer to its response URL as the snake_case JSON Bolt's {@code respond} sends, written by one long-lived
 * Gson and sent on the Slack client's own OkHttp client (its interceptors included). Bolt's {@code respond}, and its
 * client's {@code postJsonBody} even for a JSON tree, build a new Gson for every answer, whose empty caches make it
 * resolve every adapter again: CPU and garbage taken from the cores the next acks need.
 */
public final class ResponseUrlPoster {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Gson gson;
    private final OkHttpClient http;

    public ResponseUrlPoster(Slack slack) {
        requireNonNull(slack, "slack");
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.http = slack.getHttpClient().getOkHttpClient();
    }

    /**
     * Posts {@code response} (a Bolt response body, such as a slash command or action response) to the URL.
     *
     * @throws IOException if the post fails or the URL does not answer with a success
     */
    public void post(String responseUrl, Object response) throws IOException {
        requireNonNull(responseUrl, "responseUrl");
        Request request = new Request.Builder().url(responseUrl)
                .post(RequestBody.create(gson.toJson(response), JSON)).build();
        try (Response answer = http.newCall(request).execute()) {
            if (!answer.isSuccessful()) {
                throw new IOException("the response URL answered " + answer.code());
            }
        }
    }
}
