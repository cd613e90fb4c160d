package org.convene.slack.standin;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records each call to the stand-in, then answers {@code /api/{method}}, {@code /respond/{id}} and the file uploads of
 * files upload v2 at {@code /upload/{fileId}}; else 404. A Web API method given a delay is recorded on arrival and
 * answered that much later from a scheduler, as a slow Slack that has already taken the call would.
 */
final class StandInHandler implements HttpHandler {

    private static final String API = "/api/";
    private static final String RESPOND = "/respond/";
    static final String UPLOAD = "/upload/";

    private final WebApiAnswers answers;
    private final CallRecorder recorder;
    private final Clock clock;
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("slack-standin-later").daemon(true).factory());

    StandInHandler(WebApiAnswers answers, CallRecorder recorder, Clock clock) {
        this.answers = answers;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Answers every later call of the method this much after it arrived; zero answers at once again. */
    void delay(String method, Duration delay) {
        if (delay.isZero()) {
            delays.remove(method);
        } else {
            delays.put(method, delay);
        }
    }

    /** Stops answering delayed calls. */
    void close() {
        later.shutdownNow();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Duration delay = path.startsWith(API) ? delays.get(path.substring(API.length())) : null;
        if (delay == null) {
            respond(exchange);
            return;
        }
        StandInAnswer answer;
        try {
            answer = answer(exchange);
        } catch (IOException | RuntimeException failure) {
            exchange.close();
            throw failure;
        }
        later.schedule(() -> {
            try (exchange) {
                send(exchange, answer);
            } catch (IOException gone) {
                // the caller stopped waiting (or died): nothing more to answer
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, answer(exchange));
        }
    }

    private StandInAnswer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String body = new String(bytes, StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach(
                (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        JsonObject params = RequestParams.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body,
                exchange.getRequestURI().getRawQuery());
        StandInAnswer answer;
        if (path.startsWith(API)) {
            String method = path.substring(API.length());
            answer = answers.answer(method, params, exchange.getRequestHeaders().getFirst("Authorization"));
            recorder.record(new RecordedCall(RecordedCall.Target.WEB_API, method, params, headers, body,
                    answer.status(), clock.instant()));
        } else if (path.startsWith(RESPOND)) {
            answer = StandInAnswer.ok(new JsonObject());
            recorder.record(new RecordedCall(RecordedCall.Target.RESPONSE_URL, path.substring(RESPOND.length()),
                    params, headers, body, answer.status(), clock.instant()));
        } else if (path.startsWith(UPLOAD)) {
            String fileId = path.substring(UPLOAD.length());
            answer = answers.upload(fileId, bytes) ? new StandInAnswer(200, Map.of(), "OK - " + bytes.length)
                    : new StandInAnswer(404, Map.of(), "unknown upload");
            recorder.record(new RecordedCall(RecordedCall.Target.FILE_UPLOAD, fileId, params, headers, body,
                    answer.status(), clock.instant()));
        } else {
            answer = new StandInAnswer(404, Map.of(), "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
        return answer;
    }

    private static void send(HttpExchange exchange, StandInAnswer answer) throws IOException {
        byte[] answered = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), answered.length);
        exchange.getResponseBody().write(answered);
    }
}
