package org.convene.config.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.config.SettingsLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convene check} against an embedded PostgreSQL and loopback stand-ins of Discord, Slack and a public page. */
class SettingsCheckTest {

    private static final String ALL_SCOPES = "commands,chat:write,chat:write.public,im:write,files:write,users:read";

    @TempDir
    static Path dataDirectory;

    private static LoopbackPlatformApis apis;

    private String output;

    @BeforeAll
    static void startApis() throws IOException {
        apis = LoopbackPlatformApis.start(ALL_SCOPES);
    }

    @AfterAll
    static void stopApis() {
        apis.close();
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "DISCORD_TOKEN", LoopbackPlatformApis.DISCORD_TOKEN, "CONVENE_DISCORD_API_URL", apis.discordApiUrl(),
                "SLACK_BOT_TOKEN", LoopbackPlatformApis.SLACK_TOKEN, "SLACK_SIGNING_SECRET", "loopback-signing-secret",
                "CONVENE_SLACK_API_URL", apis.slackApiUrl(), "CONVENE_PUBLIC_URL", apis.publicUrl()));
        return environment;
    }

    private int check(Map<String, String> environment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new SettingsCheck(SettingsLoader.load(environment))
                .run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private List<String> linesAbout(String subject) {
        return output.lines().filter(line -> line.matches("(ok|skip|FAIL) +" + subject + ":.*")).toList();
    }

    @Test
    void whenEverythingAnswersEachCheckIsOneOkLineAndTheExitCodeIsZero() {
        int exit = check(environment());

        assertThat(exit).isZero();
        assertThat(linesAbout("database")).singleElement().asString()
                .startsWith("ok   database: PostgreSQL 14.").contains("schema up to date");
        assertThat(linesAbout("discord")).containsExactly("ok   discord: token valid for bot Convene (id "
                + "123456789012345678) at " + apis.discordApiUrl());
        assertThat(linesAbout("slack")).containsExactly("ok   slack: token valid for workspace Librarians "
                + "(T0LIBRARY) as convene at " + apis.slackApiUrl()
                + "; scopes chat:write, chat:write.public, commands, files:write, im:write, users:read");
        assertThat(linesAbout("public url")).containsExactly("ok   public url: " + apis.publicUrl()
                + " answered HTTP 200; it is not https, which Slack requires");
    }

    @Test
    void theSettingsArePrintedWithEverySecretHidden() {
        Map<String, String> environment = environment();
        environment.put("CONVENE_DATABASE_PASSWORD", "correct-horse-battery");
        check(environment);

        assertThat(output).contains("CONVENE_DATA_DIR=" + dataDirectory, "CONVENE_TIME_ZONE=America/New_York",
                "CONVENE_DATABASE_URL=(embedded)", "CONVENE_DATABASE_PASSWORD=(set, hidden)",
                "DISCORD_TOKEN=(set, hidden)", "SLACK_BOT_TOKEN=(set, hidden)", "SLACK_SIGNING_SECRET=(set, hidden)",
                "SLACK_APP_TOKEN=(not set)", "CONVENE_LOG_FORMAT=text", "CONVENE_PUBLIC_URL=" + apis.publicUrl());
        assertThat(output).doesNotContain("correct-horse-battery", LoopbackPlatformApis.DISCORD_TOKEN,
                LoopbackPlatformApis.SLACK_TOKEN, "loopback-signing-secret");
    }

    @Test
    void aDiscordTokenDiscordRefusesIsOneFailedLineAndExitCodeOne() {
        Map<String, String> environment = environment();
        environment.put("DISCORD_TOKEN", "MTIzNDU2.revoked.token-value");

        assertThat(check(environment)).isEqualTo(1);
        assertThat(linesAbout("discord")).containsExactly("FAIL discord: DISCORD_TOKEN was refused by "
                + apis.discordApiUrl() + " (401 Unauthorized): copy the bot's token again from the Developer Portal");
        assertThat(output).doesNotContain("revoked.token-value");
        assertThat(linesAbout("slack")).singleElement().asString().startsWith("ok ");
    }

    @Test
    void aSlackTokenSlackRefusesIsOneFailedLineAndExitCodeOne() {
        Map<String, String> environment = environment();
        environment.put("SLACK_BOT_TOKEN", "xoxb-9999-revoked-token");

        assertThat(check(environment)).isEqualTo(1);
        assertThat(linesAbout("slack")).containsExactly("FAIL slack: SLACK_BOT_TOKEN was refused by "
                + apis.slackApiUrl() + " (invalid_auth): copy the Bot User OAuth Token again from the app's "
                + "OAuth & Permissions page");
        assertThat(output).doesNotContain("xoxb-9999-revoked-token");
    }

    @Test
    void scopesTheAppNeedsButWasNotGrantedAreNamed() throws IOException {
        try (LoopbackPlatformApis narrow = LoopbackPlatformApis.start("commands,chat:write")) {
            Map<String, String> environment = environment();
            environment.put("CONVENE_SLACK_API_URL", narrow.slackApiUrl());

            assertThat(check(environment)).isEqualTo(1);
        }
        assertThat(linesAbout("slack")).containsExactly("FAIL slack: token valid for workspace Librarians (T0LIBRARY) "
                + "as convene but scopes chat:write.public, files:write, im:write, users:read are missing: add them and reinstall "
                + "the app");
    }

    @Test
    void aDatabaseServerThatCannotBeReachedFailsWithoutShowingItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> environment = environment();
        environment.put("CONVENE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort
                + "/convene?password=url-password-value");
        environment.put("CONVENE_DATABASE_PASSWORD", "correct-horse-battery");

        assertThat(check(environment)).isEqualTo(1);
        assertThat(linesAbout("database")).singleElement().asString()
                .startsWith("FAIL database: cannot use jdbc:postgresql://127.0.0.1:" + closedPort + "/convene: ")
                .contains("refused");
        assertThat(output).doesNotContain("url-password-value", "correct-horse-battery");
    }

    @Test
    void aPublicUrlNothingAnswersFails() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> environment = environment();
        environment.put("CONVENE_PUBLIC_URL", "http://127.0.0.1:" + closedPort + "/");

        assertThat(check(environment)).isEqualTo(1);
        assertThat(linesAbout("public url")).containsExactly("FAIL public url: cannot reach http://127.0.0.1:"
                + closedPort + "/: ConnectException");
    }

    @Test
    void unsetPlatformsAreSkippedAndDoNotFailTheCheck() {
        assertThat(check(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()))).isZero();
        assertThat(linesAbout("discord")).containsExactly("skip discord: DISCORD_TOKEN is not set");
        assertThat(linesAbout("slack")).containsExactly("skip slack: SLACK_BOT_TOKEN is not set");
        assertThat(linesAbout("public url")).containsExactly("skip public url: CONVENE_PUBLIC_URL is not set");
    }

    @Test
    void theScopesCheckedAreTheOnesTheAppManifestAsksFor() throws IOException {
        List<String> manifest = Files.readAllLines(Path.of("..", "slack-adapter", "manifest.yml"));
        int bot = manifest.indexOf("    bot:");
        List<String> scopes = manifest.subList(bot + 1, manifest.size()).stream()
                .takeWhile(line -> line.startsWith("      - ")).map(line -> line.substring(8).strip()).toList();

        assertThat(SlackCheck.NEEDED_SCOPES).containsExactlyInAnyOrderElementsOf(scopes).isNotEmpty();
    }
}
