package org.convene.discord;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops JDA's connections and then releases the OkHttp clients they used, which JDA leaves open: each client's
 * dispatcher and its pooled keep-alive connections. Each step runs even if one before it failed.
 */
final class DiscordStop {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordStop.class);

    private DiscordStop() {
    }

    /** Shuts the connections down, waits up to {@code timeout} for each before forcing it, then frees the clients. */
    static void stop(List<JDA> connections, List<OkHttpClient> httpClients, Duration timeout) {
        connections.forEach(connection -> step("a Discord connection", connection::shutdown));
        for (JDA connection : connections) {
            step("waiting for a Discord connection", () -> {
                try {
                    if (!connection.awaitShutdown(timeout)) {
                        connection.shutdownNow();
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    connection.shutdownNow();
                }
            });
        }
        for (OkHttpClient client : httpClients) {
            step("the HTTP client's dispatcher", () -> client.dispatcher().executorService().shutdown());
            step("the HTTP client's connections", () -> client.connectionPool().evictAll());
        }
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            LOG.warn("Stopping {} failed: {}", what, failure.getClass().getSimpleName());
        }
    }
}
