package org.convene.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a started front on loopback, through one JDK HTTP client speaking HTTP/1.1 with short timeouts. */
public final class FrontClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private FrontClient() {
    }

    /** The loopback address of a path on the front. */
    public static URI address(HttpFront front, String path) {
        return URI.create("http://127.0.0.1:" + front.port() + path);
    }

    /** A GET of the path, with headers given as name, value, name, value. */
    public static HttpResponse<String> get(HttpFront front, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(address(front, path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Sends the request with a ten-second timeout and reads the answer as text. */
    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
