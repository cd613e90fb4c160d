package org.convene.core.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;

/**
 * A publisher that counts what became of each delivery ({@code convene_deliveries_total{platform,outcome}}, outcome
 * sent, retry, rejected or failed) and each one put back to try again ({@code convene_platform_retries_total}).
 */
public final class MeteredPublisher implements Publisher {

    private final Publisher publisher;
    private final MeterRegistry registry;
    private final String platform;

    public MeteredPublisher(Publisher publisher, MeterRegistry registry) {
        this.publisher = requireNonNull(publisher, "publisher");
        this.registry = requireNonNull(registry, "registry");
        this.platform = publisher.platform().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Platform platform() {
        return publisher.platform();
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        String outcome = "failed";
        try {
            Delivery.Result result = publisher.publish(delivery);
            outcome = switch (result) {
                case Delivery.Sent sent -> "sent";
                case Delivery.Retry retry -> "retry";
                case Delivery.Rejected rejected -> "rejected";
            };
            return result;
        } finally {
            Counter.builder("convene.deliveries").description("Outbox deliveries, by platform and outcome")
                    .tags("platform", platform, "outcome", outcome).register(registry).increment();
            if (!outcome.equals("sent") && !outcome.equals("rejected")) {
                PlatformMeters.retries(registry, platform).increment();
            }
        }
    }
}
