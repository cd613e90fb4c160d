package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as Main starts it with Slack's settings and the production log configuration, under 1,000
 * unsigned 1 MiB requests and 1,000 slow-loris connections: the log grows by under 100 KB, signed commands sent
 * meanwhile are acked within 3 s, and the heap after a collection stays within a bound.
 */
class HttpEndpointUnderAbuseTest {

    private static final String SECRET = "abuse-test-signing-secret";
    private static final int UNSIGNED_REQUESTS = 1_000;
    private static final int SLOW_LORIS_CONNECTIONS = 1_000;
    private static final int FLOOD_CONCURRENCY = 8;
    private static final int SIGNED_COMMANDS = 5;
    private static final byte[] MEBIBYTE_BODY = ("command=%2Fmeetup&text=" + "x".repeat((1 << 20) - 23))
            .getBytes(StandardCharsets.US_ASCII);
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final int FAILED = -1;

    @TempDir
    Path dataDirectory;

    @Test
    void strangersFloodAndSlowLorisCostTheLogLittleAndDoNotDelayASignedCommand() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        try (CapturedLog log = new CapturedLog(dataDirectory); SlackStandIn slack = SlackStandIn.start()) {
            Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "SLACK_BOT_TOKEN", slack.workspace().botToken(), "SLACK_SIGNING_SECRET", SECRET,
                    "CONVENE_SLACK_API_URL", slack.apiUrlPrefix(), "CONVENE_HTTP_HOST", "127.0.0.1",
                    "CONVENE_HTTP_PORT", Integer.toString(port)));
            Injector injector = Guice.createInjector(new CoreModule(settings));
            Application application = injector.getInstance(Application.class);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                application.prepare();
                application.deliverInBackground(Platforms.start(injector, settings, application));
                SignedRequests signing = slack.signedRequests(SECRET, Clock.systemUTC());
                assertThat(signedCommand(signing, slack, events, "warm-up").status).isEqualTo(200);
                long loadStarted = System.nanoTime();
                long heapBefore = heapAfterCollection();
                long logBefore = log.bytes();

                CompletableFuture<List<Socket>> loris = CompletableFuture.supplyAsync(() -> slowLoris(port), threads);
                CompletableFuture<Map<Integer, Integer>> flood =
                        CompletableFuture.supplyAsync(() -> unsignedFlood(client, events), threads);
                List<Duration> acks = new ArrayList<>();
                for (int command = 0; command < SIGNED_COMMANDS && !(loris.isDone() && flood.isDone()); command++) {
                    Ack ack = signedCommand(signing, slack, events, "during-" + command);
                    assertThat(ack.status).as("signed command %s", command).isEqualTo(200);
                    acks.add(ack.took);
                }
                Map<Integer, Integer> statuses = flood.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                Duration floodTook = Duration.ofNanos(System.nanoTime() - loadStarted);
                List<Socket> lorisSockets = loris.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                Duration lorisTook = Duration.ofNanos(System.nanoTime() - loadStarted);
                Ack after = signedCommand(signing, slack, events, "after");
                for (Socket socket : lorisSockets) {
                    socket.close();
                }
                long heapAfter = heapAfterCollection();
                long logGrowth = log.bytes() - logBefore;

                System.out.printf("unsigned statuses %s in %s; slow-loris sockets opened %d in %s; acks during %s,"
                                + " after %s; log grew %d bytes; heap after GC %d MB before, %d MB after%n", statuses,
                        floodTook, lorisSockets.size(), lorisTook, acks, after.took, logGrowth, heapBefore >> 20,
                        heapAfter >> 20);
                assertThat(statuses).containsOnlyKeys(401).containsEntry(401, UNSIGNED_REQUESTS);
                assertThat(lorisSockets).hasSize(SLOW_LORIS_CONNECTIONS);
                assertThat(acks).isNotEmpty().allSatisfy(took -> assertThat(took).isLessThan(Duration.ofSeconds(3)));
                assertThat(after.status).isEqualTo(200);
                assertThat(logGrowth).isLessThan(100_000);
                assertThat(heapAfter - heapBefore).isLessThan(64L << 20);
                assertThat(Files.readString(dataDirectory.resolve("convene.log"))).doesNotContain("xxxxxxxxxx");
            } finally {
                application.stop();
            }
        }
    }

    private record Ack(int status, Duration took) {
    }

    private static Ack signedCommand(SignedRequests signing, SlackStandIn slack, URI events, String id) {
        long sent = System.nanoTime();
        HttpReply reply = signing.slashCommand(new SignedRequests.Origin("U0MEMBER", "C0BOOKCLUB"), "/meetup",
                "help", slack.responseUrl(id)).postTo(events);
        return new Ack(reply.status(), Duration.ofNanos(System.nanoTime() - sent));
    }

    /** Unsigned 1 MiB posts, a few at a time; the count of each status ({@link #FAILED} for no answer). */
    private static Map<Integer, Integer> unsignedFlood(HttpClient client, URI events) {
        Semaphore slots = new Semaphore(FLOOD_CONCURRENCY);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int request = 0; request < UNSIGNED_REQUESTS; request++) {
            slots.acquireUninterruptibly();
            HttpRequest unsigned = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(MEBIBYTE_BODY)).build();
            // A pooled keep-alive connection the server shed while idle (as it sheds silent connections at its cap)
            // fails before any answer: like any HTTP client, send once more on a fresh connection.
            sent.add(sendOrNull(client, unsigned)
                    .thenCompose(response -> response != null ? CompletableFuture.completedFuture(response)
                            : sendOrNull(client, unsigned))
                    .thenAccept(response -> {
                        statuses.add(response == null ? FAILED : response.statusCode());
                        slots.release();
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return counts;
    }

    private static CompletableFuture<HttpResponse<Void>> sendOrNull(HttpClient client, HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> response);
    }

    /** Connections that send the start of a request and then nothing, opened 50 at a time. */
    private static List<Socket> slowLoris(int port) {
        List<Socket> sockets = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService openers = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(50);
            for (int connection = 0; connection < SLOW_LORIS_CONNECTIONS; connection++) {
                slots.acquireUninterruptibly();
                openers.submit(() -> {
                    try {
                        Socket socket = new Socket();
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                        OutputStream out = socket.getOutputStream();
                        out.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-Sig"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        sockets.add(socket);
                    } catch (IOException refused) {
                        failed.incrementAndGet();
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return sockets;
    }

    private static long heapAfterCollection() {
        ManagementFactory.getMemoryMXBean().gc();
        ManagementFactory.getMemoryMXBean().gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
