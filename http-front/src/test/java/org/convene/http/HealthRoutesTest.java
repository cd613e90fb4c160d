package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicReference<Optional<String>> database = new AtomicReference<>(Optional.empty());
    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void start(List<ReadinessCheck> checks) throws Exception {
        front = HealthRoutes.mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0)), checks);
        front.start();
    }

    @Test
    void readyWhenEveryCheckHoldsAndNotReadyWithOneLinePerFailingCheck() throws Exception {
        start(List.of(database::get, () -> Optional.of("Discord: shard 0 is CONNECTING_TO_WEBSOCKET"),
                () -> Optional.empty()));

        assertThat(get("/readyz").statusCode()).isEqualTo(503);
        assertThat(get("/readyz").body()).isEqualTo("Discord: shard 0 is CONNECTING_TO_WEBSOCKET\n");
        database.set(Optional.of("database: does not answer"));
        assertThat(get("/readyz").body().lines())
                .containsExactly("database: does not answer", "Discord: shard 0 is CONNECTING_TO_WEBSOCKET");
    }

    @Test
    void readyAnswersReadyAndAliveAnswersEvenWhenNotReady() throws Exception {
        start(List.of(database::get));

        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");
        database.set(Optional.of("database: does not answer"));
        HttpResponse<String> alive = get("/healthz");
        assertThat(alive.statusCode()).isEqualTo(200);
        assertThat(alive.body()).isEqualTo("alive\n");
        assertThat(get("/readyz").statusCode()).isEqualTo(503);
    }

    @Test
    void aCheckThatThrowsCountsAsNotReadyWithoutItsMessage() throws Exception {
        start(List.of(() -> {
            throw new IllegalStateException("token xoxb-secret");
        }));

        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("a readiness check failed: IllegalStateException\n");
    }
}
