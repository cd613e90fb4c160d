package org.convene.slack.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends test requests to loopback servers with the JDK HttpClient, each with a timeout. */
public final class LoopbackHttp {

    /** How long one request may take before it fails. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private LoopbackHttp() {
    }

    public static HttpReply get(URI url) {
        return send(HttpRequest.newBuilder(url).GET());
    }

    public static HttpReply post(URI url, String contentType, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Sends a request of any method with no body. */
    public static HttpReply send(String method, URI url) {
        return send(HttpRequest.newBuilder(url).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpReply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return new HttpReply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an HTTP answer", e);
        }
    }
}
