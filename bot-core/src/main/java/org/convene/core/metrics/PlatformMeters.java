package org.convene.core.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.convene.core.domain.Platform;

/**
 * What the adapters report about the platforms: answers of HTTP 429 ({@code convene_platform_rate_limited_total}),
 * and for each Discord shard whether it is connected and its gateway ping. Labels are platforms and shard numbers.
 */
public final class PlatformMeters {

    private final MeterRegistry registry;

    public PlatformMeters(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /** Meters that record nothing. */
    public static PlatformMeters none() {
        return new PlatformMeters(new CompositeMeterRegistry());
    }

    /** Counts one HTTP 429 answer from {@code platform}. */
    public void rateLimited(Platform platform) {
        Counter.builder("convene.platform.rate.limited").description("HTTP 429 answers from a platform's API")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    /**
     * Reports one Discord shard at each scrape: {@code convene_discord_shard_connected{shard}} (1 when CONNECTED,
     * else 0) and {@code convene_discord_gateway_ping_seconds{shard}} (the last heartbeat's round trip; negative
     * before the first).
     */
    public void discordShard(int shard, BooleanSupplier connected, LongSupplier pingMillis) {
        String label = Integer.toString(shard);
        Gauge.builder("convene.discord.shard.connected", connected, state -> state.getAsBoolean() ? 1 : 0)
                .description("1 while the Discord shard is CONNECTED, else 0").tag("shard", label)
                .strongReference(true).register(registry);
        TimeGauge.builder("convene.discord.gateway.ping", pingMillis, TimeUnit.MILLISECONDS,
                        ping -> ping.getAsLong()).description("The Discord shard's last gateway heartbeat round trip")
                .tag("shard", label).strongReference(true).register(registry);
    }

    static Counter retries(MeterRegistry registry, String platform) {
        return Counter.builder("convene.platform.retries").description("Deliveries put back to be tried again")
                .tag("platform", platform).register(registry);
    }
}
