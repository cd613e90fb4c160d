package org.convene.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.convene.http.HttpLimits;

/**
 * All of Convene's settings, typed and checked. Secrets appear in no {@code toString}.
 *
 * @param dataDirectory where the embedded database and the log live
 * @param zone the zone new communities read times in
 * @param logFormat how log lines are written: {@code text} for people, {@code json} (one object a line) for aggregators
 * @param publicUrl the address the world reaches this instance at, if one is set
 * @param outboxLease how long a worker's claim holds outbox messages before another instance may take them over
 */
public record Settings(Path dataDirectory, ZoneId zone, DatabaseSection database, HttpSection http,
                       DiscordSection discord, SlackSection slack, String logFormat, Optional<String> publicUrl,
                       java.time.Duration outboxLease) {

    /** How long an outbox claim holds its messages unless set otherwise. */
    public static final java.time.Duration DEFAULT_OUTBOX_LEASE = java.time.Duration.ofMinutes(2);

    public Settings {
        requireNonNull(dataDirectory, "dataDirectory");
        requireNonNull(zone, "zone");
        requireNonNull(database, "database");
        requireNonNull(http, "http");
        requireNonNull(discord, "discord");
        requireNonNull(slack, "slack");
        requireNonNull(logFormat, "logFormat");
        requireNonNull(publicUrl, "publicUrl");
        requireNonNull(outboxLease, "outboxLease");
    }

    /** Settings with the default outbox lease. */
    public Settings(Path dataDirectory, ZoneId zone, DatabaseSection database, HttpSection http,
                    DiscordSection discord, SlackSection slack, String logFormat, Optional<String> publicUrl) {
        this(dataDirectory, zone, database, http, discord, slack, logFormat, publicUrl, DEFAULT_OUTBOX_LEASE);
    }

    /** The database: a server when {@code url} is present, else embedded. */
    public record DatabaseSection(Optional<String> url, String user, Optional<String> password, int poolSize) {
        @Override
        public String toString() {
            return "DatabaseSection[url=" + url.orElse("(embedded)") + ", user=" + user + ", password="
                    + (password.isPresent() ? "****" : "(none)") + ", poolSize=" + poolSize + "]";
        }
    }

    /**
     * Where HTTP is served, what strangers may make the server do, and how long the oldest due outbox message may
     * wait before {@code /readyz} answers not ready.
     */
    public record HttpSection(String host, int port, HttpLimits limits, java.time.Duration readyOutboxAge) {

        /** How long a due outbox message may wait, unless set otherwise, before the instance is not ready. */
        public static final java.time.Duration DEFAULT_READY_OUTBOX_AGE = java.time.Duration.ofMinutes(10);

        public HttpSection {
            requireNonNull(host, "host");
            requireNonNull(limits, "limits");
            requireNonNull(readyOutboxAge, "readyOutboxAge");
        }

        /** Served with the given limits and the default outbox age for readiness. */
        public HttpSection(String host, int port, HttpLimits limits) {
            this(host, port, limits, DEFAULT_READY_OUTBOX_AGE);
        }

        /** Served with the default limits. */
        public HttpSection(String host, int port) {
            this(host, port, HttpLimits.DEFAULTS);
        }
    }

    /** Discord: enabled when a token is present. */
    public record DiscordSection(Optional<String> token, java.util.List<String> guildIds, Optional<String> apiUrl,
                                 Optional<String> gatewayUrl, int shards, int firstShard, int lastShard) {
        public boolean enabled() {
            return token.isPresent();
        }

        @Override
        public String toString() {
            return "DiscordSection[token=" + (token.isPresent() ? "****" : "(none)") + ", guildIds=" + guildIds
                    + ", apiUrl=" + apiUrl.orElse("(Discord)") + ", gatewayUrl=" + gatewayUrl.orElse("(Discord)")
                    + ", shards=" + firstShard + "-" + lastShard + " of " + shards + "]";
        }
    }

    /** Slack: enabled when a bot token and signing secret are present; Socket Mode with an app token. */
    public record SlackSection(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken,
                               Optional<String> apiUrl) {
        public boolean enabled() {
            return botToken.isPresent();
        }

        @Override
        public String toString() {
            return "SlackSection[botToken=" + (botToken.isPresent() ? "****" : "(none)") + ", signingSecret="
                    + (signingSecret.isPresent() ? "****" : "(none)") + ", appToken="
                    + (appToken.isPresent() ? "****" : "(none)") + ", apiUrl=" + apiUrl.orElse("(Slack)") + "]";
        }
    }

    /** Whether any chat platform is configured. */
    public boolean anyPlatform() {
        return discord.enabled() || slack.enabled();
    }
}
