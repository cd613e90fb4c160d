package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.config.check.LoopbackPlatformApis;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code ./mvnw package} builds, unpacked and run as an operator runs it: {@code bin/convene} with
 * a JDK found by itself, an embedded database in a fresh data directory, commands on standard input.
 */
class DistributionIT {

    private static final String PRIVATE_LINK = "https://meet.example.org/private-room-7f3a9c";
    private static final String SIGNING_SECRET = "distribution-signing-secret-5d1e";
    private static final String DATABASE_PASSWORD = "distribution-database-password-8b2c";

    @TempDir
    static Path unpacked;

    private static DistributionRun distribution;

    /** One data directory for the whole class: the cluster is made once, and each run restarts it. */
    @TempDir
    static Path dataDirectory;

    @BeforeAll
    static void unpack() throws Exception {
        distribution = DistributionRun.unpack(unpacked);
    }

    @Test
    void theUnpackedDistributionAnswersAConsoleCommandAndExitsZero() throws Exception {
        DistributionRun.Result result = distribution.run(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()),
                "/meetup groups\n");

        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(result.output()).contains("5 groups in this community:", "Code4LibNYC");
        assertThat(Files.isExecutable(distribution.launcher())).isTrue();
    }

    @Test
    void withJsonLogsEveryLineIsAJsonObjectWithLevelLoggerAndMessageAndNoSecretOrPrivateLink() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path log = dataDirectory.resolve("convene.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        DistributionRun.Result result;
        String botToken;
        try (SlackStandIn slack = SlackStandIn.start()) {
            botToken = slack.workspace().botToken();
            result = distribution.run(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "CONVENE_LOG_FORMAT", "json", "CONVENE_DATABASE_PASSWORD", DATABASE_PASSWORD,
                    "SLACK_BOT_TOKEN", botToken, "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                    "CONVENE_SLACK_API_URL", slack.apiUrlPrefix(), "CONVENE_HTTP_HOST", "127.0.0.1",
                    "CONVENE_HTTP_PORT", Integer.toString(port)),
                    "/as Olive Organizer\n/meetup post code4libnyc \"Hack night\" when=\"tomorrow 18:00\" link="
                            + PRIVATE_LINK + "\n/meetup rsvp 10 going\n/meetup event 10\n/meetup frobnicate\n",
                    "console");
        }
        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(result.output()).contains("Hack night");
        byte[] logBytes = Files.readAllBytes(log);
        String written = new String(logBytes, (int) logBefore, logBytes.length - (int) logBefore,
                StandardCharsets.UTF_8);
        List<String> lines = Stream.concat(result.errors().lines(), written.lines())
                .filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonObject event = JsonParser.parseString(line).getAsJsonObject();
            assertThat(event.has("level") && event.has("loggerName") && event.has("message")
                    && event.has("formattedMessage")).as(line).isTrue();
            assertThat(line).doesNotContain(botToken, SIGNING_SECRET, DATABASE_PASSWORD, PRIVATE_LINK);
        }
        assertThat(lines).anySatisfy(line -> assertThat(JsonParser.parseString(line).getAsJsonObject()
                .get("formattedMessage").getAsString()).startsWith("Serving Slack (HTTP on 127.0.0.1:" + port));
    }

    @Test
    void servingSlackItAnswersASignedCommandAndStopsOnSigtermWithExitCode143() throws Exception {
        try (InstanceSlack slack = InstanceSlack.start(SIGNING_SECRET);
             PackagedInstance convene = PackagedInstance.start(distribution, "slack", dataDirectory,
                     slack.settings(), "Serving Slack")) {
            assertThat(convene.awaitUp(Duration.ofSeconds(60))).contains("HTTP on " + convene.httpAddress());

            assertThat(slack.meetup(convene, "U1", "C1", "groups", Duration.ofSeconds(20)))
                    .contains("There are no groups here yet.");
            assertThat(convene.stop()).isEqualTo(143);
        }
    }

    @Test
    void checkOnTheDistributionExitsZeroWhenEverythingAnswersOneOnARefusedTokenAndTwoOnAnInvalidSetting() throws Exception {
        try (LoopbackPlatformApis apis = LoopbackPlatformApis.start(
                "commands,chat:write,chat:write.public,im:write,files:write,users:read")) {
            Map<String, String> settings = Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "DISCORD_TOKEN", LoopbackPlatformApis.DISCORD_TOKEN,
                    "CONVENE_DISCORD_API_URL", apis.discordApiUrl(),
                    "SLACK_BOT_TOKEN", LoopbackPlatformApis.SLACK_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                    "CONVENE_SLACK_API_URL", apis.slackApiUrl(), "CONVENE_PUBLIC_URL", apis.publicUrl());
            DistributionRun.Result passing = distribution.run(settings, "", "check");
            Map<String, String> refused = new HashMap<>(settings);
            refused.put("SLACK_BOT_TOKEN", "xoxb-0000-refused-token");
            DistributionRun.Result failing = distribution.run(refused, "", "check");
            DistributionRun.Result invalid = distribution.run(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                    "CONVENE_LOG_FORMAT", "xml"), "", "check");

            assertThat(passing.exitCode()).as(passing.output() + passing.errors()).isZero();
            assertThat(passing.output()).contains("SLACK_BOT_TOKEN=(set, hidden)", "ok   database: PostgreSQL 14.",
                    "ok   discord: token valid for bot Convene", "ok   slack: token valid for workspace Librarians",
                    "ok   public url: " + apis.publicUrl() + " answered HTTP 200");
            assertThat(failing.exitCode()).isEqualTo(1);
            assertThat(failing.output()).contains("FAIL slack: SLACK_BOT_TOKEN was refused by " + apis.slackApiUrl()
                    + " (invalid_auth)");
            assertThat(invalid.exitCode()).isEqualTo(2);
            assertThat(invalid.errors()).contains("convene: CONVENE_LOG_FORMAT=\"xml\" must be text or json.");
            assertThat(passing.output() + passing.errors() + failing.output() + failing.errors()).doesNotContain(
                    LoopbackPlatformApis.DISCORD_TOKEN, LoopbackPlatformApis.SLACK_TOKEN, SIGNING_SECRET,
                    "xoxb-0000-refused-token");
        }
    }
}
