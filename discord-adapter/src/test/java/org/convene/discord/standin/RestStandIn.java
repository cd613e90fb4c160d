package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP half of the stand-in: a JDK {@link HttpServer} on 127.0.0.1 that records every request, answers it
 * from a planned answer (such as a 429) or else from the route table, and sends the headers JDA expects on every
 * answer — above all {@code Via}, without which JDA takes a 429 for a Cloudflare ban.
 */
final class RestStandIn implements AutoCloseable {
    static final String API_PREFIX = "/api/v10";

    private static final Logger LOG = LoggerFactory.getLogger(RestStandIn.class);
    private static final Map<String, String> EVERY_ANSWER = Map.of(
            "Via", "1.1 google",
            "X-RateLimit-Limit", "50",
            "X-RateLimit-Remaining", "49",
            "X-RateLimit-Reset-After", "1.000");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Journal<RecordedRequest> journal;
    private final Queue<PlannedAnswer> planned = new ConcurrentLinkedQueue<>();
    private final AtomicLong numbers = new AtomicLong();
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("discord-stand-in-delays").daemon().factory());
    private volatile RestRoutes routes;

    private RestStandIn(HttpServer server, ExecutorService executor, Journal<RecordedRequest> journal) {
        this.server = server;
        this.executor = executor;
        this.journal = journal;
    }

    /** Binds an ephemeral loopback port; {@link #start} begins answering. */
    static RestStandIn bind(Journal<RecordedRequest> journal) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("discord-stand-in-rest-", 0).factory());
        server.setExecutor(executor);
        return new RestStandIn(server, executor, journal);
    }

    /** {@code http://127.0.0.1:P}, with no path. */
    String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:P/api/v10/}, the base URL JDA's {@code RestConfig} takes. */
    String baseUrl() {
        return rootUrl() + API_PREFIX + "/";
    }

    void start(RestRoutes routeTable) {
        this.routes = requireNonNull(routeTable, "routeTable");
        server.createContext("/", this::handle);
        server.start();
    }

    /** The next request on this route gets this answer instead of the usual one. */
    void plan(String method, String pathTemplate, RestAnswer answer) {
        RoutePattern pattern = RoutePattern.of(pathTemplate);
        planned.add(new PlannedAnswer(
                method.toUpperCase(Locale.ROOT),
                pattern,
                Optional.of(answer.headers().containsKey("X-RateLimit-Bucket")
                        ? answer
                        : answer.withHeader("X-RateLimit-Bucket", RestRoutes.bucketOf(method, pathTemplate))),
                Duration.ZERO));
    }

    /** The next request on this route gets its usual answer, but only after the delay (from a scheduled task). */
    void planDelay(String method, String pathTemplate, Duration delay) {
        planned.add(new PlannedAnswer(method.toUpperCase(Locale.ROOT), RoutePattern.of(pathTemplate),
                Optional.empty(), delay));
    }

    /** Whether some route of the table takes the request (a 404 answer on a known route is not "unknown"). */
    boolean isKnownRoute(RecordedRequest request) {
        return routes.isKnown(request);
    }

    private void handle(HttpExchange exchange) {
        RecordedRequest request;
        Optional<PlannedAnswer> plan;
        try {
            long receivedNanos = System.nanoTime();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            request = read(exchange, raw, receivedNanos);
            plan = takePlanned(request);
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Stand-in could not read a request", failure);
            exchange.close();
            return;
        }
        Duration delay = plan.map(PlannedAnswer::delay).orElse(Duration.ZERO);
        if (delay.isPositive()) {
            delays.schedule(() -> answer(exchange, request, plan), delay.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            answer(exchange, request, plan);
        }
    }

    private void answer(HttpExchange exchange, RecordedRequest request, Optional<PlannedAnswer> plan) {
        try (exchange) {
            RestAnswer answer;
            try {
                answer = plan.flatMap(PlannedAnswer::answer).orElseGet(() -> routes.answer(request));
            } catch (RuntimeException failure) {
                LOG.error("Stand-in failed to answer {} {}", request.method(), request.path(), failure);
                answer = RestAnswer.error(500, 0, "stand-in failure: " + failure);
            }
            journal.add(request.answered(answer.status()));
            write(exchange, answer);
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Stand-in could not answer a request", failure);
        }
    }

    private RecordedRequest read(HttpExchange exchange, byte[] raw, long receivedNanos) {
        String fullPath = exchange.getRequestURI().getPath();
        String path = fullPath.startsWith(API_PREFIX + "/") ? fullPath.substring(API_PREFIX.length()) : fullPath;
        String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        RequestBody body = RequestBody.parse(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
        return new RecordedRequest(
                numbers.incrementAndGet(),
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                path,
                query,
                headers,
                body.text(),
                body.files(),
                0,
                receivedNanos);
    }

    private Optional<PlannedAnswer> takePlanned(RecordedRequest request) {
        for (PlannedAnswer plan : new ArrayList<>(planned)) {
            if (plan.appliesTo(request) && planned.remove(plan)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    private static void write(HttpExchange exchange, RestAnswer answer) throws IOException {
        EVERY_ANSWER.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.body().isEmpty()) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        delays.shutdownNow();
        executor.shutdownNow();
    }
}
