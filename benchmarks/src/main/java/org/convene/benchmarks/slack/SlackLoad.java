package org.convene.benchmarks.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.convene.benchmarks.LoadProcessHandle;
import org.convene.slack.standin.SlackAppHarness;

/**
 * The measured JVM's side of {@link SlackLoadProcess}: where its Slack stand-in listens, apps pointed at it, and
 * runs of the same load against any app's events URL, so the no-op app and the bot are driven alike.
 */
final class SlackLoad implements AutoCloseable {

    private final LoadProcessHandle process;
    private final String apiUrlPrefix;
    private final String botToken;
    private final long pid;

    private SlackLoad(LoadProcessHandle process, Map<String, String> listening) {
        this.process = process;
        this.apiUrlPrefix = listening.get("api");
        this.botToken = listening.get("token");
        this.pid = Long.parseLong(listening.get("pid"));
    }

    /** Starts the load process and waits until its stand-in listens. */
    static SlackLoad start() throws IOException, InterruptedException {
        LoadProcessHandle process = LoadProcessHandle.start(SlackLoadProcess.class);
        try {
            return new SlackLoad(process, process.readUntil("listening"));
        } catch (IOException | RuntimeException failure) {
            process.close();
            throw failure;
        }
    }

    String apiUrlPrefix() {
        return apiUrlPrefix;
    }

    String botToken() {
        return botToken;
    }

    /** The process id the load process reported for itself. */
    long pid() {
        return pid;
    }

    /** A Bolt app with the benchmark's signing secret whose Web API calls go to the load process's stand-in. */
    App boltApp() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrlPrefix);
        config.setProxyUrl(null);
        return new App(AppConfig.builder().signingSecret(SlackAppHarness.SIGNING_SECRET).singleTeamBotToken(botToken)
                .slack(Slack.getInstance(config)).build());
    }

    /**
     * Introduces the users, then sends {@code warmup + measured} commands at {@code rate} per second to {@code url};
     * waits for their answers on the response URL if {@code answered}.
     */
    AckRun run(URI url, int rate, int warmup, int measured, boolean answered) throws IOException {
        process.send("go " + url + " " + rate + " " + warmup + " " + measured + " " + answered);
        return AckRun.read(process.readUntil("measured"));
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
