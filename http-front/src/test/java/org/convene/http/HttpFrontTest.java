package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFrontTest {

    private final AtomicInteger echoRuns = new AtomicInteger();
    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private int start(HttpLimits limits) throws Exception {
        front = new HttpFront(new HttpFrontConfig("127.0.0.1", 0, limits, Duration.ofSeconds(2)))
                .route("/echo", Set.of("POST"), call -> {
                    echoRuns.incrementAndGet();
                    return new HttpAnswer(200, "application/octet-stream", Map.of("X-Path", List.of(call.path())),
                            call.body());
                })
                .route("/fails", Set.of("GET"), call -> {
                    throw new IllegalStateException("broken");
                });
        front.start();
        return front.port();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return FrontClient.send(request);
    }

    private URI url(String path) {
        return FrontClient.address(front, path);
    }

    @Test
    void routesByExactPathAndAnswersUnknownPathsAndOtherMethods() throws Exception {
        start(HttpLimits.DEFAULTS);

        HttpResponse<String> echoed = send(HttpRequest.newBuilder(url("/echo?x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("café")));
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.body()).isEqualTo("café");
        assertThat(echoed.headers().firstValue("X-Path")).hasValue("/echo");
        assertThat(send(HttpRequest.newBuilder(url("/other")).GET()).statusCode()).isEqualTo(404);
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(url("/echo")).GET());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void routeThatThrowsIsAnswered500WithAnErrorId() throws Exception {
        start(HttpLimits.DEFAULTS);

        HttpResponse<String> reply = send(HttpRequest.newBuilder(url("/fails")).GET());

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).matches("internal error [0-9a-f]{8}");
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413AndTheRouteNeverRuns() throws Exception {
        start(new HttpLimits(1024, Duration.ofSeconds(5), Duration.ofSeconds(30), 16, 4));
        byte[] tooLarge = new byte[1025];

        HttpResponse<String> declared = send(HttpRequest.newBuilder(url("/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(url("/echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge))));
        HttpResponse<String> fits = send(HttpRequest.newBuilder(url("/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024])));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(echoRuns).hasValue(1);
    }

    @Test
    void connectionThatTricklesItsHeadersIsClosedAtTheReadTimeout() throws Exception {
        int port = start(new HttpLimits(1024, Duration.ofSeconds(1), Duration.ofSeconds(30), 16, 4));
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (RawConnection slow = new RawConnection(port)) {
            slow.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            long opened = System.nanoTime();
            ScheduledFuture<?> bytes = trickle.scheduleAtFixedRate(() -> {
                try {
                    slow.send("X");
                } catch (java.io.IOException closed) {
                    throw new java.io.UncheckedIOException(closed);
                }
            }, 100, 100, TimeUnit.MILLISECONDS);

            String answered = slow.readUntilClosed(Duration.ofSeconds(10));

            Duration open = Duration.ofNanos(System.nanoTime() - opened);
            bytes.cancel(true);
            assertThat(answered).as("closed by the server").isNotNull();
            assertThat(open).as("the read timeout, far below the 30 s idle timeout")
                    .isBetween(Duration.ofMillis(900), Duration.ofSeconds(6));
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void bodySentTooSlowlyIsAnswered408AndTheRouteNeverRuns() throws Exception {
        int port = start(new HttpLimits(1024, Duration.ofSeconds(1), Duration.ofSeconds(30), 16, 4));
        try (RawConnection slow = new RawConnection(port)) {
            slow.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nonly part");

            String answered = slow.readUntilClosed(Duration.ofSeconds(5));

            assertThat(answered).startsWith("HTTP/1.1 408");
            assertThat(echoRuns).hasValue(0);
        }
    }

    @Test
    void atTheConnectionCapIdleConnectionsAreShedSoANewRequestIsServed() throws Exception {
        int port = start(new HttpLimits(1024, Duration.ofSeconds(30), Duration.ofSeconds(30), 2, 4));
        try (RawConnection first = new RawConnection(port); RawConnection second = new RawConnection(port)) {
            first.send("POST /echo HTTP/1.1\r\n");
            second.send("POST /echo HTTP/1.1\r\n");
            long sent = System.nanoTime();

            HttpResponse<String> reply = send(HttpRequest.newBuilder(url("/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("hello", StandardCharsets.UTF_8)));

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(3));
            assertThat(first.readUntilClosed(Duration.ofSeconds(3))).isNotNull();
        }
    }
}
