package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    private final AtomicReference<Optional<String>> database = new AtomicReference<>(Optional.empty());
    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return FrontClient.get(front, path);
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
