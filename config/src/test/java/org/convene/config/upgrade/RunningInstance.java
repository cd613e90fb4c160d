package org.convene.config.upgrade;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.config.DistributionRun;
import org.convene.config.InstanceSlack;
import org.convene.config.PackagedInstance;
import org.convene.slack.standin.RecordedCall;

/**
 * One {@code bin/convene} serving Slack over HTTP on its own port, on a shared database, with Slack played by its own
 * stand-in (so what it sends is told apart from another instance's); commands reach it signed, as Slack sends them.
 */
final class RunningInstance implements AutoCloseable {

    static final String SIGNING_SECRET = "upgrade-signing-secret-41c7";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final PackagedInstance instance;
    private final InstanceSlack slack;

    private RunningInstance(PackagedInstance instance, InstanceSlack slack) {
        this.instance = instance;
        this.slack = slack;
    }

    /** Starts the distribution on the database at {@code databaseUrl} and waits until it serves Slack. */
    static RunningInstance start(DistributionRun distribution, String databaseUrl, Path dataDirectory,
                                 String adminUserId) throws IOException {
        InstanceSlack slack = InstanceSlack.start(SIGNING_SECRET);
        try {
            slack.standIn().setUser(adminUserId, true, false);
            Map<String, String> settings = new HashMap<>(slack.settings());
            settings.put("CONVENE_DATABASE_URL", databaseUrl);
            settings.put("CONVENE_DATABASE_USER", "postgres");
            PackagedInstance instance = PackagedInstance.start(distribution, dataDirectory.getFileName().toString(),
                    dataDirectory, settings, "Serving Slack");
            instance.awaitUp(WAIT);
            return new RunningInstance(instance, slack);
        } catch (RuntimeException | Error failure) {
            slack.close();
            throw failure;
        }
    }

    /** Sends {@code /meetup <text>} as {@code userId} in {@code channelId} and returns the reply's text. */
    String command(String userId, String channelId, String text) throws IOException {
        String shown = shown(slack.meetup(instance, userId, channelId, text, WAIT));
        if (shown.contains("Sorry, something went wrong")) {
            throw new AssertionError("/meetup " + text + " was answered with an apology; the instance logged:\n"
                    + logTail());
        }
        return shown;
    }

    private String logTail() throws IOException {
        Path log = instance.dataDirectory().resolve("convene.log");
        if (!Files.exists(log)) {
            return "(no log at " + log + ")";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Waits until this instance's Slack got a {@code chat.postMessage} that shows {@code text}. */
    RecordedCall awaitMessageShowing(String text) {
        return slack.standIn().await("a message showing \"" + text + "\"",
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
        return instance.stop();
    }

    @Override
    public void close() {
        try {
            instance.close();
        } finally {
            slack.close();
        }
    }
}
