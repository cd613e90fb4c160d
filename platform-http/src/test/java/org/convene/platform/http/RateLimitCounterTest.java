package org.convene.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real OkHttp client against a loopback server that answers with the statuses queued for it. */
class RateLimitCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int status;
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.removeFirst();
            }
            byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<String> call(OkHttpClient client, int times) throws IOException {
        List<String> answers = new ArrayList<>();
        for (int index = 0; index < times; index++) {
            Request request = new Request.Builder()
                    .url("http://127.0.0.1:" + server.getAddress().getPort() + "/api/chat.postMessage").build();
            try (Response response = client.newCall(request).execute()) {
                answers.add(response.code() + " " + response.body().string() + " " + response.header("Retry-After"));
            }
        }
        return answers;
    }

    private double rateLimited(String platform) {
        Counter counter = registry.find("convene.platform.rate.limited").tag("platform", platform).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void eachTooManyRequestsIsCountedForItsPlatformAndPassedOnUnchanged() throws IOException {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new RateLimitCounter(new PlatformMeters(registry), Platform.SLACK)).build();
        statuses.addAll(List.of(429, 200, 429, 500));

        List<String> answers = call(client, 4);

        assertThat(answers).containsExactly("429 status 429 1", "200 status 200 1", "429 status 429 1",
                "500 status 500 1");
        assertThat(rateLimited("slack")).isEqualTo(2);
        assertThat(rateLimited("discord")).isZero();
    }

    @Test
    void answersOtherThanTooManyRequestsCountNothing() throws IOException {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new RateLimitCounter(new PlatformMeters(registry), Platform.DISCORD)).build();
        statuses.addAll(List.of(200, 404, 503));

        call(client, 3);

        assertThat(registry.find("convene.platform.rate.limited").counters()).isEmpty();
    }
}
