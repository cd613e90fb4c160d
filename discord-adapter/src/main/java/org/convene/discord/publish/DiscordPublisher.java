package org.convene.discord.publish;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.outbox.Target;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.render.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox messages on Discord from an outbox worker thread, blocking with a timeout: channel posts carry a
 * nonce derived from the delivery key (JDA 6.5 always sends {@code enforce_nonce: true}, so Discord drops a
 * repeat) and never show a field meant for one reader; DMs go through the user's DM channel and show those fields
 * (their answer, their private link); calendar entries become guild scheduled events. It never throws,
 * and logs only keys and reasons, never the token or a message body. JDA itself waits out a 429.
 */
public final class DiscordPublisher implements Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPublisher.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Supplier<DiscordClient> client;
    private final DiscordRenderer renderer;
    private final Duration timeout;
    private final CalendarMirror calendar = new CalendarMirror();

    /** @param client the connection, looked up at each delivery (the bot may still be starting) */
    public DiscordPublisher(Supplier<DiscordClient> client, DiscordRenderer renderer, Duration timeout) {
        this.client = requireNonNull(client, "client");
        this.renderer = requireNonNull(renderer, "renderer");
        this.timeout = requireNonNull(timeout, "timeout");
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        try {
            DiscordClient discord = requireNonNull(client.get(), "not connected to Discord yet");
            Delivery.Result result = switch (delivery.target()) {
                case Target.Channel channel -> toChannel(discord, channel, delivery);
                case Target.Direct direct -> toMember(discord, direct, delivery);
                case Target.Calendar entry -> toCalendar(discord, entry, delivery);
            };
            LOG.debug("Delivery {} to {}: {}", delivery.key(), delivery.target().getClass().getSimpleName(),
                    result.getClass().getSimpleName());
            return result;
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            Delivery.Result result = DeliveryFailures.classify(cause);
            LOG.info("Delivery {} to {} not sent: {} ({})", delivery.key(),
                    delivery.target().getClass().getSimpleName(), result, cause.getClass().getSimpleName());
            return result;
        }
    }

    /** A stable nonce for a delivery key: the first 64 bits of its SHA-256, as an unsigned decimal (max 25 chars). */
    public static String nonce(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int index = 0; index < Long.BYTES; index++) {
                bits = (bits << 8) | (digest[index] & 0xff);
            }
            return Long.toUnsignedString(bits);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing", impossible);
        }
    }

    private Delivery.Result toChannel(DiscordClient discord, Target.Channel target, Delivery delivery)
            throws Exception {
        MessageChannel channel = discord.channel(Long.parseUnsignedLong(target.channel().channelId()));
        if (channel == null) {
            return gone("the channel is unknown to the bot");
        }
        return send(channel, delivery, renderer.renderPublic(delivery.message()));
    }

    private Delivery.Result toMember(DiscordClient discord, Target.Direct target, Delivery delivery)
            throws Exception {
        MessageChannel channel = complete(discord.openDirect(Long.parseUnsignedLong(target.userId())));
        return send(channel, delivery, renderer.renderDirect(delivery.message()));
    }

    private Delivery.Result toCalendar(DiscordClient discord, Target.Calendar target, Delivery delivery)
            throws Exception {
        Guild guild = discord.guild(Long.parseUnsignedLong(target.spaceId()));
        if (guild == null) {
            return gone("the bot is not in that server");
        }
        return calendar.mirror(guild, target, delivery.replaces(), this::complete);
    }

    /**
     * Gone for good: the outbox gives this instance only messages for guilds on its own shards, which are connected
     * (and their guilds cached) before it delivers.
     */
    private static Delivery.Result gone(String reason) {
        return new Delivery.Rejected(reason);
    }

    private Delivery.Result send(MessageChannel channel, Delivery delivery, RenderedMessage rendered)
            throws Exception {
        if (delivery.replaces() != null) {
            complete(channel.editMessageById(delivery.replaces(), rendered.edit()));
            return new Delivery.Sent(delivery.replaces());
        }
        Message sent = complete(channel.sendMessage(rendered.message()).setNonce(nonce(delivery.key())));
        return new Delivery.Sent(sent.getId());
    }

    private <T> T complete(RestAction<T> action) throws Exception {
        CompletableFuture<T> future = action.submit();
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException late) {
            future.cancel(true);
            throw late;
        }
    }
}
