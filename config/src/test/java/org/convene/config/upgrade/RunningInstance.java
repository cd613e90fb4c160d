package org.convene.config.upgrade;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.config.DistributionRun;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackStandIn;

/**
 * One {@code bin/convene} serving Slack over HTTP on its own port, on a shared database, with Slack played by its own
 * stand-in (so what it sends is told apart from another instance's); commands reach it signed, as Slack sends them.
 */
final class RunningInstance implements AutoCloseable {

    static final String SIGNING_SECRET = "upgrade-signing-secret-41c7";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger ANSWERS = new AtomicInteger();

    private final DistributionRun.Started process;
    private final SlackStandIn slack;
    private final int port;
    private final Path log;

    private RunningInstance(DistributionRun.Started process, SlackStandIn slack, int port, Path log) {
        this.process = process;
        this.slack = slack;
        this.port = port;
        this.log = log;
    }

    /** Starts the distribution on the database at {@code databaseUrl} and waits until it serves Slack. */
    static RunningInstance start(DistributionRun distribution, String databaseUrl, Path dataDirectory,
                                 String adminUserId) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SlackStandIn slack = SlackStandIn.start();
        slack.setUser(adminUserId, true, false);
        DistributionRun.Started process = distribution.start(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_DATABASE_URL", databaseUrl, "CONVENE_DATABASE_USER", "postgres",
                "SLACK_BOT_TOKEN", slack.workspace().botToken(), "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "CONVENE_SLACK_API_URL", slack.apiUrlPrefix(), "CONVENE_HTTP_HOST", "127.0.0.1",
                "CONVENE_HTTP_PORT", Integer.toString(port)), "Serving Slack");
        RunningInstance instance = new RunningInstance(process, slack, port, dataDirectory.resolve("convene.log"));
        try {
            process.line().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            instance.close();
            throw failure;
        }
        return instance;
    }

    /** Sends {@code /meetup <text>} as {@code userId} in {@code channelId} and returns the reply's text. */
    String command(String userId, String channelId, String text) throws IOException, InterruptedException {
        String answer = "answer-" + ANSWERS.incrementAndGet();
        HttpReply reply = slack.signedRequests(SIGNING_SECRET, Clock.systemUTC())
                .slashCommand(new SignedRequests.Origin(userId, channelId), "/meetup", text, slack.responseUrl(answer))
                .postTo(URI.create("http://127.0.0.1:" + port + "/slack/events"));
        if (reply.status() != 200) {
            throw new AssertionError("/meetup " + text + " was answered HTTP " + reply.status());
        }
        String shown = shown(slack.awaitResponseUrlPost(answer, WAIT).body());
        if (shown.contains("Sorry, something went wrong")) {
            throw new AssertionError("/meetup " + text + " was answered with an apology; the instance logged:\n"
                    + logTail());
        }
        return shown;
    }

    private String logTail() throws IOException {
        if (!Files.exists(log)) {
            return "(no log at " + log + ")";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Waits until this instance's Slack got a {@code chat.postMessage} that shows {@code text}. */
    RecordedCall awaitMessageShowing(String text) {
        return slack.await("a message showing \"" + text + "\"",
                call -> call.isApiCall("chat.postMessage") && call.params().toString().contains(text), 1, WAIT)
                .get(0);
    }

    /** Every string in a JSON body, joined: the text a person would read, free of JSON escapes. */
    private static String shown(String body) {
        StringBuilder text = new StringBuilder();
        collect(JsonParser.parseString(body), text);
        return text.toString();
    }

    private static void collect(JsonElement element, StringBuilder text) {
        if (element.isJsonPrimitive()) {
            text.append(element.getAsString()).append('\n');
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> collect(child, text));
        } else if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(entry -> collect(entry.getValue(), text));
        }
    }

    /** Stops the instance as an operator would (SIGTERM) and returns its exit code. */
    int stop() throws InterruptedException {
        process.process().destroy();
        if (!process.process().waitFor(60, TimeUnit.SECONDS)) {
            process.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the instance did not stop within a minute of SIGTERM");
        }
        return process.process().exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            if (process.process().isAlive()) {
                stop();
            }
        } finally {
            slack.close();
        }
    }
}
