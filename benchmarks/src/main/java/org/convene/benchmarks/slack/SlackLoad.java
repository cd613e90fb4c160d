package org.convene.benchmarks.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.CpuUse;
import org.convene.benchmarks.LoadProcessHandle;
import org.convene.slack.standin.SlackAppHarness;

/**
 * The measured JVM's side of {@link SlackLoadProcess}: where its Slack stand-in listens, apps pointed at it, and
 * runs of the same load against any app's events URL, so the no-op app and the bot are driven alike.
 */
final class SlackLoad implements AutoCloseable {

    static final String LOAD_PROCESS = "load process";
    static final String POSTGRES = "PostgreSQL";
    /** The app JVM's threads by what they do: the HTTP front and its virtual threads' carriers, the bot's. */
    private static final List<CpuUse.ThreadGroup> APP_THREADS = List.of(
            CpuUse.ThreadGroup.of("HTTP front", "http-front", "ForkJoinPool"),
            CpuUse.ThreadGroup.of("command threads", "slack-command"),
            CpuUse.ThreadGroup.of("HTTP clients", "OkHttp"),
            CpuUse.ThreadGroup.of("database pool", "HikariPool", "PostgreSQL"));

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
     * waits for their answers on the response URL if {@code answered}. The CPU is read from the first measured
     * command to the last answer: this JVM's threads by group, the load process's, and {@code postgres}'s if given.
     */
    Measured run(URI url, int rate, int warmup, int measured, boolean answered, Optional<ProcessHandle> postgres)
            throws IOException {
        process.send("go " + url + " " + rate + " " + warmup + " " + measured + " " + answered);
        process.readUntil("warmed");
        CpuUse from = cpu(postgres);
        AckRun acks = AckRun.read(process.readUntil("measured"));
        return new Measured(acks, cpu(postgres).since(from), measured);
    }

    private CpuUse cpu(Optional<ProcessHandle> postgres) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put(LOAD_PROCESS, ProcessHandle.of(pid).orElseThrow(() ->
                new BenchmarkFailure("the Slack load process " + pid + " is gone")));
        postgres.ifPresent(server -> processes.put(POSTGRES, server));
        return CpuUse.now(APP_THREADS, processes);
    }

    /** One run's acks, and the CPU its measured commands cost. */
    record Measured(AckRun acks, CpuUse cpu, int commands) {

        /** "app 0.41 ms (HTTP front 0.12, …), load process 0.30 ms, PostgreSQL 0.05 ms": CPU per command. */
        String cpuPerCommand() {
            Map<String, Long> app = new LinkedHashMap<>(cpu.millis());
            app.keySet().removeAll(List.of(LOAD_PROCESS, POSTGRES));
            String parts = app.entrySet().stream().filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getKey() + " " + perCommand(entry.getValue()))
                    .collect(Collectors.joining(", "));
            String database = cpu.millis().containsKey(POSTGRES)
                    ? ", PostgreSQL " + perCommand(cpu.of(POSTGRES)) + " ms" : "";
            return "app's JVM " + perCommand(app.values().stream().mapToLong(Long::longValue).sum()) + " ms ("
                    + parts + "), load process " + perCommand(cpu.of(LOAD_PROCESS)) + " ms" + database;
        }

        private String perCommand(long millis) {
            return String.format(Locale.ROOT, "%.3f", (double) millis / commands);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
