package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.port.OutboxRepository;
import org.convene.core.store.Database;
import org.convene.core.testing.StoppablePostgres;
import org.convene.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one HTTP server of a console run, as Main starts it, answering /healthz and /readyz. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HealthEndpointsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    private Injector injector;
    private Application application;
    private StoppablePostgres server;

    @AfterEach
    void stop() {
        try {
            if (application != null) {
                application.stop();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void start(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", "0"));
        environment.putAll(extra);
        Settings settings = SettingsLoader.load(environment);
        injector = Guice.createInjector(new CoreModule(settings));
        application = injector.getInstance(Application.class);
        application.prepare();
        assertThat(Platforms.start(injector, settings, application)).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(application.listening().orElseThrow() + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConsoleRunIsAliveAndReadyAndPrintsWhereItListens() throws Exception {
        start(Map.of());
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        application.console(new ByteArrayInputStream("/meetup groups\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8), false, List.of());

        assertThat(output.toString(StandardCharsets.UTF_8).lines().findFirst())
                .contains("Convene is listening on " + application.listening().orElseThrow());
        assertThat(application.listening().orElseThrow()).matches("http://127\\.0\\.0\\.1:[1-9]\\d*");
        HttpResponse<String> alive = get("/healthz");
        assertThat(alive.statusCode()).isEqualTo(200);
        assertThat(alive.body()).isEqualTo("alive\n");
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");
    }

    @Test
    void notReadyWhileTheDatabaseIsStoppedAndReadyAgainAfter() throws Exception {
        server = StoppablePostgres.start();
        start(Map.of("CONVENE_DATABASE_URL", server.jdbcUrl()));
        assertThat(get("/readyz").statusCode()).isEqualTo(200);

        server.stop();
        HttpResponse<String> down = get("/readyz");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body().lines()).anySatisfy(line -> assertThat(line).startsWith("database: does not answer ("))
                .noneSatisfy(line -> assertThat(line).contains(server.jdbcUrl()));
        assertThat(get("/healthz").statusCode()).isEqualTo(200);

        server.restart();
        TestDatabase.awaitConnection(injector.getInstance(Database.class).dataSource());
        HttpResponse<String> back = get("/readyz");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo("ready\n");
    }

    @Test
    void notReadyWhileADueOutboxMessageHasWaitedLongerThanTheSetAge() throws Exception {
        start(Map.of("CONVENE_READY_OUTBOX_MINUTES", "5"));
        injector.getInstance(org.convene.config.console.SampleData.class).seedIfEmpty();
        OutboxRepository outbox = injector.getInstance(OutboxRepository.class);
        long community = anyCommunity();
        outbox.add(message("due-four-minutes-ago", community, Instant.now().minus(Duration.ofMinutes(4))));
        assertThat(get("/readyz").statusCode()).isEqualTo(200);

        outbox.add(message("due-six-minutes-ago", community, Instant.now().minus(Duration.ofMinutes(6))));

        HttpResponse<String> late = get("/readyz");
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(late.body()).startsWith("outbox: the oldest due message has waited 6 min, longer than 5 min")
                .hasLineCount(1);
    }

    private static OutboxMessage message(String key, long community, Instant due) {
        return new OutboxMessage(0, key, MessageKind.ANNOUNCEMENT, community, null, null, null, Platform.CONSOLE,
                "console", "general", null, "", due, 0);
    }

    private long anyCommunity() throws Exception {
        try (Connection connection = injector.getInstance(Database.class).dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery("select min(id) from community")) {
            row.next();
            return row.getLong(1);
        }
    }
}
