package org.convene.config.check;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.config.Settings;
import org.convene.core.store.DatabaseSettings;

/**
 * {@code convene check}: prints the resolved settings (secrets only as set or not), then tries each against the
 * world, one line each: the database, Discord's token, Slack's token and scopes, the public URL. The exit code is 0
 * when nothing failed and 1 otherwise, for scripts.
 */
public final class SettingsCheck {

    /** How long each remote check waits for an answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Settings settings;

    public SettingsCheck(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** Prints the settings and the checks to {@code out} and returns the exit code. */
    public int run(PrintStream out) {
        SettingsReport.lines(settings).forEach(out::println);
        out.println();
        boolean failed = false;
        for (CheckLine line : checks()) {
            out.println(line);
            out.flush();
            failed |= line.failed();
        }
        return failed ? 1 : 0;
    }

    private List<CheckLine> checks() {
        List<CheckLine> lines = new ArrayList<>();
        Settings.DatabaseSection database = settings.database();
        lines.add(new DatabaseCheck(new DatabaseSettings(database.url(), database.user(), database.password(),
                settings.dataDirectory(), 1)).run());
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).proxy(HttpClient.Builder.NO_PROXY)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        lines.add(settings.discord().token()
                .map(token -> new DiscordCheck(client, settings.discord().apiUrl().orElse(DiscordCheck.DISCORD_API),
                        token).run())
                .orElseGet(() -> CheckLine.skipped("discord", "DISCORD_TOKEN is not set")));
        lines.add(settings.slack().botToken()
                .map(token -> new SlackCheck(settings.slack().apiUrl(), token).run())
                .orElseGet(() -> CheckLine.skipped("slack", "SLACK_BOT_TOKEN is not set")));
        lines.add(settings.publicUrl().map(url -> new PublicUrlCheck(client, url).run())
                .orElseGet(() -> CheckLine.skipped("public url", "CONVENE_PUBLIC_URL is not set")));
        client.close();
        return lines;
    }

    /** The first message in the chain of causes with its type (the outermost type if none has one), on one line. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage().lines().findFirst().orElse("");
            }
        }
        return failure.getClass().getSimpleName();
    }
}
