package org.convene.config.check;

import java.util.List;
import java.util.Optional;
import org.convene.config.Settings;

/** The resolved settings, one {@code VARIABLE=value} line each, with every secret shown only as set or not. */
final class SettingsReport {

    private static final String HIDDEN = "(set, hidden)";
    private static final String UNSET = "(not set)";

    private SettingsReport() {
    }

    static List<String> lines(Settings settings) {
        Settings.DatabaseSection database = settings.database();
        Settings.DiscordSection discord = settings.discord();
        Settings.SlackSection slack = settings.slack();
        return List.of(
                "CONVENE_DATA_DIR=" + settings.dataDirectory(),
                "CONVENE_TIME_ZONE=" + settings.zone(),
                "CONVENE_LOG_FORMAT=" + settings.logFormat(),
                "CONVENE_PUBLIC_URL=" + settings.publicUrl().map(CheckLine::shown).orElse(UNSET),
                "CONVENE_DATABASE_URL=" + database.url().map(CheckLine::shown).orElse("(embedded)"),
                "CONVENE_DATABASE_USER=" + database.user(),
                "CONVENE_DATABASE_PASSWORD=" + secret(database.password()),
                "CONVENE_DATABASE_POOL_SIZE=" + database.poolSize(),
                "CONVENE_HTTP_HOST=" + settings.http().host(),
                "CONVENE_HTTP_PORT=" + settings.http().port(),
                "DISCORD_TOKEN=" + secret(discord.token()),
                "DISCORD_GUILD_IDS=" + (discord.guildIds().isEmpty() ? UNSET : String.join(",", discord.guildIds())),
                "CONVENE_DISCORD_API_URL=" + discord.apiUrl().map(CheckLine::shown).orElse("(Discord's)"),
                "CONVENE_DISCORD_GATEWAY_URL=" + discord.gatewayUrl().map(CheckLine::shown).orElse("(Discord's)"),
                "CONVENE_DISCORD_SHARDS=" + discord.shards(),
                "CONVENE_DISCORD_SHARD_RANGE=" + discord.firstShard() + "-" + discord.lastShard(),
                "SLACK_BOT_TOKEN=" + secret(slack.botToken()),
                "SLACK_SIGNING_SECRET=" + secret(slack.signingSecret()),
                "SLACK_APP_TOKEN=" + secret(slack.appToken()),
                "CONVENE_SLACK_API_URL=" + slack.apiUrl().map(CheckLine::shown).orElse("(Slack's)"));
    }

    private static String secret(Optional<String> value) {
        return value.isPresent() ? HIDDEN : UNSET;
    }
}
