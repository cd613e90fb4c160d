package org.convene.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.http.HttpLimits;

/** Reads {@code convene.conf} with the environment laid over it, and checks every value before anything starts. */
public final class SettingsLoader {

    /** Each environment variable and the setting it overrides. */
    public static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("CONVENE_DATA_DIR", "data-dir"),
            Map.entry("CONVENE_TIME_ZONE", "time-zone"),
            Map.entry("CONVENE_DATABASE_URL", "database.url"),
            Map.entry("CONVENE_DATABASE_USER", "database.user"),
            Map.entry("CONVENE_DATABASE_PASSWORD", "database.password"),
            Map.entry("CONVENE_DATABASE_POOL_SIZE", "database.pool-size"),
            Map.entry("CONVENE_HTTP_HOST", "http.host"),
            Map.entry("CONVENE_HTTP_PORT", "http.port"),
            Map.entry("CONVENE_HTTP_MAX_BODY_BYTES", "http.max-body-bytes"),
            Map.entry("CONVENE_HTTP_READ_TIMEOUT", "http.read-timeout-seconds"),
            Map.entry("CONVENE_HTTP_IDLE_TIMEOUT", "http.idle-timeout-seconds"),
            Map.entry("CONVENE_HTTP_MAX_CONNECTIONS", "http.max-connections"),
            Map.entry("CONVENE_HTTP_MAX_REQUESTS", "http.max-concurrent-requests"),
            Map.entry("CONVENE_READY_OUTBOX_MINUTES", "http.ready-outbox-minutes"),
            Map.entry("CONVENE_OUTBOX_LEASE_SECONDS", "outbox.lease-seconds"),
            Map.entry("DISCORD_TOKEN", "discord.token"),
            Map.entry("DISCORD_GUILD_IDS", "discord.guild-ids"),
            Map.entry("CONVENE_DISCORD_API_URL", "discord.api-url"),
            Map.entry("CONVENE_DISCORD_GATEWAY_URL", "discord.gateway-url"),
            Map.entry("CONVENE_DISCORD_SHARDS", "discord.shards"),
            Map.entry("CONVENE_DISCORD_SHARD_RANGE", "discord.shard-range"),
            Map.entry("SLACK_BOT_TOKEN", "slack.bot-token"),
            Map.entry("SLACK_SIGNING_SECRET", "slack.signing-secret"),
            Map.entry("SLACK_APP_TOKEN", "slack.app-token"),
            Map.entry("CONVENE_SLACK_API_URL", "slack.api-url"),
            Map.entry("CONVENE_LOG_FORMAT", "log-format"),
            Map.entry("CONVENE_PUBLIC_URL", "public-url"));

    private SettingsLoader() {
    }

    public static Settings load(Map<String, String> environment) {
        Map<String, String> overrides = new HashMap<>();
        VARIABLES.forEach((variable, path) -> {
            String value = environment.get(variable);
            if (value != null) {
                overrides.put("convene." + path, value);
            }
        });
        Config config;
        try {
            config = ConfigFactory.parseMap(overrides, "environment")
                    .withFallback(ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(), "convene.conf"))
                    .resolve().getConfig("convene");
        } catch (ConfigException failure) {
            throw new SettingsException("convene.conf could not be read (" + failure.getClass().getSimpleName()
                    + " at " + failure.origin().description() + ").");
        }
        Settings.SlackSection slack = new Settings.SlackSection(optional(config, "slack.bot-token"),
                optional(config, "slack.signing-secret"), optional(config, "slack.app-token"),
                url(config, "slack.api-url", "CONVENE_SLACK_API_URL", "http", "https"));
        if (slack.botToken().isPresent() && slack.signingSecret().isEmpty()) {
            throw new SettingsException("SLACK_SIGNING_SECRET is missing: Slack needs it with SLACK_BOT_TOKEN "
                    + "(find it under Basic Information in the Slack app's settings).");
        }
        if (slack.botToken().isEmpty() && (slack.signingSecret().isPresent() || slack.appToken().isPresent())) {
            throw new SettingsException("SLACK_BOT_TOKEN is missing: set it too, or unset SLACK_SIGNING_SECRET and "
                    + "SLACK_APP_TOKEN.");
        }
        return new Settings(Path.of(text(config, "data-dir", "CONVENE_DATA_DIR")), zone(config),
                new Settings.DatabaseSection(url(config, "database.url", "CONVENE_DATABASE_URL", "jdbc"),
                        text(config, "database.user", "CONVENE_DATABASE_USER"), optional(config, "database.password"),
                        number(config, "database.pool-size", "CONVENE_DATABASE_POOL_SIZE", 1, 200)),
                new Settings.HttpSection(text(config, "http.host", "CONVENE_HTTP_HOST"),
                        number(config, "http.port", "CONVENE_HTTP_PORT", 0, 65_535), httpLimits(config),
                        Duration.ofMinutes(number(config, "http.ready-outbox-minutes", "CONVENE_READY_OUTBOX_MINUTES",
                                1, 1440))),
                discord(config),
                slack, logFormat(config), url(config, "public-url", "CONVENE_PUBLIC_URL", "http", "https"),
                Duration.ofSeconds(number(config, "outbox.lease-seconds", "CONVENE_OUTBOX_LEASE_SECONDS", 2, 3600)));
    }

    private static String logFormat(Config config) {
        String format = text(config, "log-format", "CONVENE_LOG_FORMAT");
        if (!format.equals("text") && !format.equals("json")) {
            throw new SettingsException("CONVENE_LOG_FORMAT=\"" + format + "\" must be text or json.");
        }
        return format;
    }

    private static Settings.DiscordSection discord(Config config) {
        int shards = number(config, "discord.shards", "CONVENE_DISCORD_SHARDS", 1, 4096);
        String range = optional(config, "discord.shard-range").orElse("0-" + (shards - 1));
        java.util.regex.Matcher bounds = java.util.regex.Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?").matcher(range);
        int first = bounds.matches() ? Integer.parseInt(bounds.group(1)) : -1;
        int last = bounds.matches() && bounds.group(2) != null ? Integer.parseInt(bounds.group(2)) : first;
        if (first < 0 || last < first || last >= shards) {
            throw new SettingsException("CONVENE_DISCORD_SHARD_RANGE=\"" + range + "\" must be a range of shard "
                    + "numbers within 0-" + (shards - 1) + ", like 0-" + (shards - 1) + ".");
        }
        return new Settings.DiscordSection(optional(config, "discord.token"), guildIds(config),
                url(config, "discord.api-url", "CONVENE_DISCORD_API_URL", "http", "https"),
                url(config, "discord.gateway-url", "CONVENE_DISCORD_GATEWAY_URL", "ws", "wss"), shards, first, last);
    }

    private static HttpLimits httpLimits(Config config) {
        return new HttpLimits(
                number(config, "http.max-body-bytes", "CONVENE_HTTP_MAX_BODY_BYTES", 1024, 64 << 20),
                Duration.ofSeconds(number(config, "http.read-timeout-seconds", "CONVENE_HTTP_READ_TIMEOUT", 1, 300)),
                Duration.ofSeconds(number(config, "http.idle-timeout-seconds", "CONVENE_HTTP_IDLE_TIMEOUT", 1, 3600)),
                number(config, "http.max-connections", "CONVENE_HTTP_MAX_CONNECTIONS", 2, 10_000),
                number(config, "http.max-concurrent-requests", "CONVENE_HTTP_MAX_REQUESTS", 1, 10_000));
    }

    private static ZoneId zone(Config config) {
        String zone = text(config, "time-zone", "CONVENE_TIME_ZONE");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException failure) {
            throw new SettingsException("CONVENE_TIME_ZONE=\"" + zone + "\" is not a time zone; use a name like "
                    + "America/New_York or Europe/Berlin.");
        }
    }

    private static String text(Config config, String path, String variable) {
        String value = config.getString(path).strip();
        if (value.isEmpty()) {
            throw new SettingsException(variable + " is empty; remove it to use the default, or give a value.");
        }
        return value;
    }

    private static Optional<String> optional(Config config, String path) {
        String value = config.getString(path).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static int number(Config config, String path, String variable, int lowest, int highest) {
        String value = config.getString(path).strip();
        try {
            int number = Integer.parseInt(value);
            if (number >= lowest && number <= highest) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new SettingsException(variable + "=\"" + value + "\" must be a whole number from " + lowest + " to "
                + highest + ".");
    }

    private static Optional<String> url(Config config, String path, String variable, String... schemes) {
        Optional<String> value = optional(config, path);
        value.ifPresent(url -> {
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
            boolean valid = Arrays.asList(schemes).contains(scheme);
            if (valid && !scheme.equals("jdbc")) {
                try {
                    valid = URI.create(url).getHost() != null;
                } catch (IllegalArgumentException failure) {
                    valid = false;
                }
            }
            if (!valid) {
                throw new SettingsException(variable + "=\"" + redact(url) + "\" is not a valid address; it must "
                        + "start with " + String.join(": or ", schemes) + ":");
            }
        });
        return value;
    }

    private static List<String> guildIds(Config config) {
        return optional(config, "discord.guild-ids").map(ids -> Arrays.stream(ids.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).peek(id -> {
                    if (!id.matches("\\d{5,25}")) {
                        throw new SettingsException("DISCORD_GUILD_IDS has \"" + id + "\", which is not a guild id "
                                + "(a number such as 1234567890123456789).");
                    }
                }).toList()).orElse(List.of());
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
