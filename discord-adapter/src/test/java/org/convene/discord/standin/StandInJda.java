package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Builds a light JDA wired to a {@link DiscordStandIn} — REST base URL, gateway through a fresh
 * {@link StandInSessionController}, the stand-in's token — and returns it once READY arrived, or fails after a
 * timeout (JDA's own {@code awaitReady()} has none).
 */
public final class StandInJda {
    /** Long enough for a two-core machine that is also running other heavy work. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private StandInJda() {}

    /** A ready light JDA with no optional intents (JDA always asks for guilds, which it cannot switch off). */
    public static JDA start(DiscordStandIn standIn) {
        return start(standIn, builder -> {});
    }

    /** A ready light JDA, after the customizer had its say (listeners, intents, compression, cache flags). */
    public static JDA start(DiscordStandIn standIn, Consumer<JDABuilder> customizer) {
        try {
            return start(configure(standIn, customizer), READY_TIMEOUT);
        } catch (AssertionError notReady) {
            throw new AssertionError(notReady.getMessage() + "; the stand-in's gateway received "
                    + standIn.gatewayFrames(), notReady);
        }
    }

    /** The builder {@link #start} uses, for a test that builds JDA itself. */
    public static JDABuilder configure(DiscordStandIn standIn, Consumer<JDABuilder> customizer) {
        requireNonNull(standIn, "standIn");
        JDABuilder builder = JDABuilder.createLight(standIn.botToken(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(standIn.restBaseUrl()))
                .setSessionController(new StandInSessionController(standIn.gatewayUrl()))
                .setEnableShutdownHook(false);
        customizer.accept(builder);
        return builder;
    }

    /** Builds JDA and waits for READY; on timeout shuts it down and fails with JDA's status. */
    public static JDA start(JDABuilder builder, Duration timeout) {
        CompletableFuture<JDA> ready = new CompletableFuture<>();
        EventListener readiness = new ReadinessListener(ready);
        JDA jda = builder.addEventListeners(readiness).build();
        try {
            ready.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return jda;
        } catch (TimeoutException late) {
            JDA.Status status = jda.getStatus();
            jda.shutdownNow();
            throw new AssertionError("JDA did not reach READY within " + timeout.toMillis() + " ms; status " + status);
        } catch (ExecutionException failed) {
            jda.shutdownNow();
            throw new AssertionError("JDA failed before READY", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
            throw new IllegalStateException("interrupted while waiting for READY", interrupted);
        } finally {
            jda.removeEventListener(readiness);
        }
    }

    /**
     * Completes the future when JDA turns CONNECTED, or fails it if JDA shuts down first. JDA fires
     * {@code ReadyEvent} a moment before it sets that status, so waiting for the status is what
     * {@code awaitReady()} does too.
     */
    private record ReadinessListener(CompletableFuture<JDA> ready) implements EventListener {
        @Override
        public void onEvent(GenericEvent event) {
            if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.CONNECTED) {
                ready.complete(event.getJDA());
            } else if (event instanceof ShutdownEvent shutdown) {
                ready.completeExceptionally(new IllegalStateException(
                        "JDA shut down before READY, close code " + shutdown.getCloseCode()));
            }
        }
    }
}
