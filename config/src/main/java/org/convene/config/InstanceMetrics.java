package org.convene.config;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.convene.core.metrics.OutboxGauges;
import org.convene.core.port.OutboxLoad;
import org.convene.core.store.Database;
import org.convene.core.store.HotReads;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpFront;

/**
 * Binds what Micrometer's own binders report (JVM, HikariCP's pool, the Caffeine caches) and the outbox gauges to
 * the instance's Prometheus registry, and serves its scrape at {@code /metrics}. Closing it stops the GC listener.
 */
public final class InstanceMetrics implements AutoCloseable {

    public static final String PATH = "/metrics";
    /** Prometheus's text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Database database;
    private final HotReads hotReads;
    private final OutboxLoad outboxLoad;
    private final Clock clock;
    private JvmGcMetrics collections;

    @Inject
    public InstanceMetrics(PrometheusMeterRegistry registry, Database database, HotReads hotReads,
                           OutboxLoad outboxLoad, Clock clock) {
        this.registry = requireNonNull(registry, "registry");
        this.database = requireNonNull(database, "database");
        this.hotReads = requireNonNull(hotReads, "hotReads");
        this.outboxLoad = requireNonNull(outboxLoad, "outboxLoad");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Binds every source once and mounts {@code /metrics} on a front that is not started yet. */
    public synchronized HttpFront mount(HttpFront front) {
        if (collections == null) {
            new JvmMemoryMetrics().bindTo(registry);
            collections = new JvmGcMetrics();
            collections.bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            if (database.dataSource() instanceof HikariDataSource pool) {
                pool.setMetricRegistry(registry);
            }
            hotReads.monitor(registry);
            new OutboxGauges(outboxLoad, clock).bindTo(registry);
        }
        return front.route(PATH, Set.of("GET", "HEAD"), call -> new HttpAnswer(200, CONTENT_TYPE, Map.of(),
                registry.scrape().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized void close() {
        if (collections != null) {
            collections.close();
        }
    }
}
