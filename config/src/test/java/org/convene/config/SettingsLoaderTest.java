package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.convene.http.HttpLimits;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    @Test
    void theDefaultsRunLocallyOnTheEmbeddedDatabase() {
        Settings settings = SettingsLoader.load(Map.of());

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("./data"));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.database().url()).isEmpty();
        assertThat(settings.database().user()).isEqualTo("postgres");
        assertThat(settings.database().poolSize()).isEqualTo(10);
        assertThat(settings.http()).isEqualTo(new Settings.HttpSection("0.0.0.0", 3000));
        assertThat(settings.anyPlatform()).isFalse();
        assertThat(settings.discord().guildIds()).isEmpty();
        assertThat(settings.discord().shards()).isEqualTo(1);
        assertThat(settings.discord().firstShard()).isZero();
        assertThat(settings.discord().lastShard()).isZero();
    }

    @Test
    void theOutboxAgeReadinessAllowsComesFromTheEnvironmentWithTenMinutesByDefault() {
        assertThat(SettingsLoader.load(Map.of()).http().readyOutboxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(SettingsLoader.load(Map.of("CONVENE_READY_OUTBOX_MINUTES", "3")).http().readyOutboxAge())
                .isEqualTo(Duration.ofMinutes(3));
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_READY_OUTBOX_MINUTES", "0")))
                .hasMessage("CONVENE_READY_OUTBOX_MINUTES=\"0\" must be a whole number from 1 to 1440.");
    }

    @Test
    void theOutboxLeaseComesFromTheEnvironmentWithTwoMinutesByDefault() {
        assertThat(SettingsLoader.load(Map.of()).outboxLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(SettingsLoader.load(Map.of("CONVENE_OUTBOX_LEASE_SECONDS", "4")).outboxLease())
                .isEqualTo(Duration.ofSeconds(4));
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_OUTBOX_LEASE_SECONDS", "1")))
                .hasMessage("CONVENE_OUTBOX_LEASE_SECONDS=\"1\" must be a whole number from 2 to 3600.");
    }

    @Test
    void theHttpLimitsComeFromTheEnvironmentAndAWrongOneIsNamed() {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_HTTP_MAX_BODY_BYTES", "65536",
                "CONVENE_HTTP_READ_TIMEOUT", "3", "CONVENE_HTTP_IDLE_TIMEOUT", "20",
                "CONVENE_HTTP_MAX_CONNECTIONS", "100", "CONVENE_HTTP_MAX_REQUESTS", "8"));

        assertThat(settings.http().limits()).isEqualTo(new HttpLimits(65_536, Duration.ofSeconds(3),
                Duration.ofSeconds(20), 100, 8));
        assertThat(SettingsLoader.load(Map.of()).http().limits()).isEqualTo(HttpLimits.DEFAULTS);
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_HTTP_MAX_CONNECTIONS", "lots")))
                .hasMessage("CONVENE_HTTP_MAX_CONNECTIONS=\"lots\" must be a whole number from 2 to 10000.");
    }

    @Test
    void theLogFormatIsTextOrJsonAndAnythingElseIsRefused() {
        assertThat(SettingsLoader.load(Map.of()).logFormat()).isEqualTo("text");
        assertThat(SettingsLoader.load(Map.of("CONVENE_LOG_FORMAT", "json")).logFormat()).isEqualTo("json");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_LOG_FORMAT", "xml")))
                .hasMessage("CONVENE_LOG_FORMAT=\"xml\" must be text or json.");
    }

    @Test
    void thePublicUrlIsAnHttpAddressWhenSet() {
        assertThat(SettingsLoader.load(Map.of()).publicUrl()).isEmpty();
        assertThat(SettingsLoader.load(Map.of("CONVENE_PUBLIC_URL", "https://meetups.example.org/")).publicUrl())
                .contains("https://meetups.example.org/");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_PUBLIC_URL", "meetups.example.org")))
                .hasMessage("CONVENE_PUBLIC_URL=\"meetups.example.org\" is not a valid address; it must start "
                        + "with http: or https:");
    }

    @Test
    void aShardRangeBeyondTheShardCountIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_DISCORD_SHARDS", "4",
                "CONVENE_DISCORD_SHARD_RANGE", "2-5")))
                .hasMessage("CONVENE_DISCORD_SHARD_RANGE=\"2-5\" must be a range of shard numbers within 0-3, like 0-3.");
    }

    @Test
    void everyEnvironmentVariableOverridesItsSetting() {
        Settings settings = SettingsLoader.load(Map.ofEntries(
                Map.entry("CONVENE_DATA_DIR", "/var/lib/convene"),
                Map.entry("CONVENE_TIME_ZONE", "Europe/Berlin"),
                Map.entry("CONVENE_DATABASE_URL", "jdbc:postgresql://db:5432/convene"),
                Map.entry("CONVENE_DATABASE_USER", "convene"),
                Map.entry("CONVENE_DATABASE_PASSWORD", "hunter2"),
                Map.entry("CONVENE_DATABASE_POOL_SIZE", "20"),
                Map.entry("CONVENE_HTTP_HOST", "127.0.0.1"),
                Map.entry("CONVENE_HTTP_PORT", "8080"),
                Map.entry("DISCORD_TOKEN", "discord-token"),
                Map.entry("DISCORD_GUILD_IDS", "123456789012345678, 223456789012345678"),
                Map.entry("CONVENE_DISCORD_API_URL", "http://127.0.0.1:9000/api/v10/"),
                Map.entry("CONVENE_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9001"),
                Map.entry("CONVENE_DISCORD_SHARDS", "8"),
                Map.entry("CONVENE_DISCORD_SHARD_RANGE", "4-7"),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-token"),
                Map.entry("SLACK_SIGNING_SECRET", "signing-secret"),
                Map.entry("SLACK_APP_TOKEN", "xapp-token"),
                Map.entry("CONVENE_SLACK_API_URL", "http://127.0.0.1:9002/api/")));

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/convene"));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.database().url()).contains("jdbc:postgresql://db:5432/convene");
        assertThat(settings.database().user()).isEqualTo("convene");
        assertThat(settings.database().password()).contains("hunter2");
        assertThat(settings.database().poolSize()).isEqualTo(20);
        assertThat(settings.http()).isEqualTo(new Settings.HttpSection("127.0.0.1", 8080));
        assertThat(settings.discord().token()).contains("discord-token");
        assertThat(settings.discord().guildIds()).isEqualTo(List.of("123456789012345678", "223456789012345678"));
        assertThat(settings.discord().apiUrl()).contains("http://127.0.0.1:9000/api/v10/");
        assertThat(settings.discord().gatewayUrl()).contains("ws://127.0.0.1:9001");
        assertThat(settings.discord().shards()).isEqualTo(8);
        assertThat(settings.discord().firstShard()).isEqualTo(4);
        assertThat(settings.discord().lastShard()).isEqualTo(7);
        assertThat(settings.slack().botToken()).contains("xoxb-token");
        assertThat(settings.slack().signingSecret()).contains("signing-secret");
        assertThat(settings.slack().appToken()).contains("xapp-token");
        assertThat(settings.slack().apiUrl()).contains("http://127.0.0.1:9002/api/");
        assertThat(SettingsLoader.VARIABLES).hasSize(27).containsKey("CONVENE_OUTBOX_LEASE_SECONDS");
    }

    @Test
    void secretsNeverShowInTheSettingsText() {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATABASE_PASSWORD", "hunter2",
                "DISCORD_TOKEN", "discord-token", "SLACK_BOT_TOKEN", "xoxb-token",
                "SLACK_SIGNING_SECRET", "signing-secret"));

        assertThat(settings.toString()).doesNotContain("hunter2", "discord-token", "xoxb-token", "signing-secret");
    }

    @Test
    void anUnknownTimeZoneIsNamedInOneLine() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_TIME_ZONE", "Mars/Olympus")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("CONVENE_TIME_ZONE=\"Mars/Olympus\" is not a time zone; use a name like America/New_York "
                        + "or Europe/Berlin.");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_HTTP_PORT", "70000")))
                .hasMessage("CONVENE_HTTP_PORT=\"70000\" must be a whole number from 0 to 65535.");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_HTTP_PORT", "eighty")))
                .hasMessage("CONVENE_HTTP_PORT=\"eighty\" must be a whole number from 0 to 65535.");
    }

    @Test
    void aDatabaseAddressThatIsNotJdbcIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_DATABASE_URL", "postgres://db/convene")))
                .hasMessage("CONVENE_DATABASE_URL=\"postgres://db/convene\" is not a valid address; it must start "
                        + "with jdbc:");
    }

    @Test
    void aSlackTokenWithoutItsSigningSecretIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", "xoxb-token")))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is missing");
    }

    @Test
    void aGuildIdThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("DISCORD_GUILD_IDS", "123456789012,my-server")))
                .hasMessageStartingWith("DISCORD_GUILD_IDS has \"my-server\"");
    }

    @Test
    void anEmptyRequiredValueIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("CONVENE_DATA_DIR", " ")))
                .hasMessage("CONVENE_DATA_DIR is empty; remove it to use the default, or give a value.");
    }
}
