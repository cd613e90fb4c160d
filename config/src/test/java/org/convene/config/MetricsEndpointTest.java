package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.convene.core.command.Verb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console instance, started once for these checks, serves Prometheus's text at /metrics after real commands, with
 * bounded labels only.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsEndpointTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final String SECRET_LINK = "https://meet.example.org/hack-night-secret";

    @TempDir
    static Path dataDirectory;

    private Application application;
    private String console;

    @BeforeAll
    void start() {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", "0"));
        var injector = Guice.createInjector(new CoreModule(settings));
        application = injector.getInstance(Application.class);
        application.prepare();
        assertThat(Platforms.start(injector, settings, application)).isEmpty();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String script = String.join("\n", "/meetup help", "/as Olive Organizer", "/meetup announce-here code4libnyc",
                "/meetup post code4libnyc \"Hack night\" when=\"next thursday 6pm\" link=" + SECRET_LINK,
                "/as Dana Scully", "/meetup rsvp 1 going", "/meetup frobnicate " + SECRET_LINK) + "\n";
        application.console(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8), false, List.of());
        console = output.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        application.stop();
    }

    private HttpResponse<String> scrape() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(application.listening().orElseThrow() + "/metrics"))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void commandsRsvpsDeliveriesAndTheOutboxAreScrapedUnderTheirNames() throws Exception {
        HttpResponse<String> response = scrape();

        assertThat(console).contains("[in #general] New event in Code4LibNYC: Hack night",
                "You're going to Book club: The Overstory");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body()).contains(
                "convene_commands_seconds_count{outcome=\"ok\",verb=\"help\"} 1",
                "convene_commands_seconds_count{outcome=\"ok\",verb=\"post\"} 1",
                "convene_commands_seconds_count{outcome=\"ok\",verb=\"rsvp\"} 1",
                "convene_commands_seconds_count{outcome=\"refused\",verb=\"unknown\"} 1",
                "convene_commands_seconds_bucket{outcome=\"ok\",verb=\"rsvp\",le=\"0.25\"}",
                "convene_rsvps_total{result=\"going\"} 1",
                "convene_deliveries_total{outcome=\"sent\",platform=\"console\"}",
                "convene_outbox_backlog 0",
                "convene_outbox_oldest_due_age_seconds 0");
    }

    @Test
    void poolCachesAndJvmAreScrapedThroughMicrometersBinders() throws Exception {
        String body = scrape().body();

        assertThat(body).contains("hikaricp_connections_active{pool=", "hikaricp_connections_max{pool=",
                "cache_gets_total{cache=\"communities\",", "cache_size{cache=\"groups\"", "jvm_memory_used_bytes{",
                "jvm_gc_", "jvm_threads_live_threads", "jvm_classes_loaded_classes", "system_cpu_count",
                "process_uptime_seconds");
    }

    @Test
    void conveneLabelsAreBoundedWordsAndNothingTypedReachesTheScrape() throws Exception {
        String body = scrape().body();
        Set<String> allowed = Stream.concat(Stream.of(Verb.values()).map(Verb::word), Stream.of("unknown", "ok",
                "refused", "failed", "going", "waitlisted", "maybe", "no", "promoted", "console", "discord", "slack",
                "sent", "retry", "rejected")).collect(Collectors.toSet());

        List<String> conveneLines = body.lines().filter(line -> line.startsWith("convene_")).toList();
        assertThat(conveneLines).isNotEmpty().allSatisfy(line -> {
            Matcher label = LABEL.matcher(line.substring(0, line.lastIndexOf(' ')));
            while (label.find()) {
                assertThat(label.group(1).equals("le") ? "le" : label.group(2)).as(line)
                        .isIn(label.group(1).equals("le") ? Set.of("le") : allowed);
            }
        });
        assertThat(body).doesNotContain(SECRET_LINK, "meet.example.org", "Dana", "Scully", "Hack night",
                "frobnicate", "Overstory");
    }
}
