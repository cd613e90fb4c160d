package org.convene.discord;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.internal.utils.IOUtil;
import okhttp3.OkHttpClient;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.outbox.Publisher;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.discord.interaction.CheckedFormButton;
import org.convene.discord.interaction.FormButton;
import org.convene.discord.interaction.FormButtons;
import org.convene.discord.interaction.FormOpener;
import org.convene.discord.interaction.InstantFormButton;
import org.convene.discord.interaction.MeetupListener;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.rest.BucketRateLimiter;
import org.convene.platform.http.RateLimitCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Convene on Discord: a light JDA (or, with more than one shard, a {@link ShardManager} over this instance's shard
 * range) that answers {@code /meetup}, and the {@link #publisher()} the outbox delivers through. {@link #start()}
 * connects, waits until every shard is CONNECTED and registers {@code /meetup}; {@link #close()} shuts down.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    public static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DiscordSettings settings;
    private final DiscordRenderer renderer = new DiscordRenderer();
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    private final MeetupListener listener;
    private final DiscordPublisher publisher;
    private final PlatformMeters meters;
    private volatile JDA jda;
    private volatile ShardManager shards;
    private volatile DiscordClient client;
    private volatile List<OkHttpClient> httpClients = List.of();
    private boolean closed;

    /**
     * Everything the bot needs, given by the composition root; nothing connects before {@link #start()}.
     *
     * @param settings token, guilds for instant registration, optional REST and gateway addresses, shard range
     * @param commands the core's entry point, which every slash command, button and form goes through
     * @param listGroups for autocompleting group slugs
     * @param listEvents for autocompleting event ids
     */
    public DiscordBot(DiscordSettings settings, CommandService commands, ListGroupsUseCase listGroups,
                      ListEventsUseCase listEvents) {
        this(settings, commands, listGroups, listEvents, PlatformMeters.none());
    }

    /** As above, reporting each 429 and every shard's status and gateway ping to {@code meters}. */
    public DiscordBot(DiscordSettings settings, CommandService commands, ListGroupsUseCase listGroups,
                      ListEventsUseCase listEvents, PlatformMeters meters) {
        this(settings, commands, listGroups, listEvents, Optional.empty(), meters);
    }

    /**
     * As above, with the date polls: poll numbers are autocompleted, and a closed poll's "Post the event" button opens
     * the event form filled with its winning date.
     */
    public DiscordBot(DiscordSettings settings, CommandService commands, ListGroupsUseCase listGroups,
                      ListEventsUseCase listEvents, Optional<DatePollUseCase> polls, PlatformMeters meters) {
        this.settings = requireNonNull(settings, "settings");
        this.meters = requireNonNull(meters, "meters");
        this.listener = new MeetupListener(commands, listGroups, listEvents, polls,
                formButtons(commands, polls, renderer, work), renderer, work);
        this.publisher = new DiscordPublisher(() -> client, renderer, DiscordPublisher.DEFAULT_TIMEOUT);
    }

    /**
     * The buttons that answer with a form: offer a talk, check in, propose a group, decline a proposal, and with the
     * date polls a closed poll's "Post the event" (without them that button posts the winning date as it is).
     */
    static FormButtons formButtons(CommandService commands, Optional<DatePollUseCase> polls,
                                   DiscordRenderer renderer, Executor work) {
        FormOpener opener = new FormOpener(renderer, work);
        List<FormButton> buttons = new ArrayList<>(List.of(InstantFormButton.talkOffer(), InstantFormButton.checkIn(),
                InstantFormButton.propose(), CheckedFormButton.declineProposal(commands, opener)));
        polls.ifPresent(each -> buttons.add(CheckedFormButton.postPoll(commands, each, opener)));
        return new FormButtons(buttons);
    }

    /** Connects, waits up to a minute for every shard, and registers {@code /meetup}; fails if Discord is late. */
    public void start() {
        start(START_TIMEOUT);
    }

    public void start(Duration timeout) {
        int shardCount = settings.lastShard() - settings.firstShard() + 1;
        ConnectedLatch connected = new ConnectedLatch(settings.sharded() ? shardCount : 1);
        if (settings.sharded()) {
            DefaultShardManagerBuilder builder = DefaultShardManagerBuilder
                    .createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                    .setShardsTotal(settings.totalShards())
                    .setShards(settings.firstShard(), settings.lastShard())
                    .setEnableShutdownHook(false)
                    .setHttpClientBuilder(httpClient())
                    .addEventListeners(listener, connected);
            builder.setRestConfig(restConfig(settings.apiUrl()));
            settings.gatewayUrl().ifPresent(url -> builder.setSessionController(
                    new GatewaySessionController(url, settings.totalShards())));
            shards = builder.build();
        } else {
            JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                    .setEnableShutdownHook(false)
                    .setHttpClientBuilder(httpClient())
                    .addEventListeners(listener, connected);
            builder.setRestConfig(restConfig(settings.apiUrl()));
            settings.gatewayUrl().ifPresent(url -> builder.setSessionController(
                    new GatewaySessionController(url, 1)));
            jda = builder.build();
        }
        awaitConnected(connected, timeout);
        httpClients = httpClientsOf(connections());
        reportShards();
        client = shards != null ? DiscordClient.of(shards) : DiscordClient.of(jda);
        new CommandRegistrar(settings, client).register(shards != null ? shards.getShardById(0) : jda);
        LOG.info("Connected to Discord with {}", settings);
    }

    /**
     * Why Discord is not usable now: the bot has not connected, or a shard of this instance is not CONNECTED (for
     * instance while the gateway has not sent READY, or while JDA reconnects); empty when every shard is.
     */
    public Optional<String> readinessProblem() {
        JDA single = jda;
        ShardManager manager = shards;
        if (manager != null) {
            List<String> late = manager.getShards().stream()
                    .filter(shard -> shard.getStatus() != JDA.Status.CONNECTED)
                    .map(shard -> "shard " + shard.getShardInfo().getShardId() + " is " + shard.getStatus()).toList();
            int missing = settings.lastShard() - settings.firstShard() + 1 - manager.getShards().size();
            if (missing > 0) {
                return Optional.of("Discord: " + missing + " shards not started");
            }
            return late.isEmpty() ? Optional.empty() : Optional.of("Discord: " + String.join(", ", late));
        }
        if (single == null) {
            return Optional.of("Discord: not connected");
        }
        JDA.Status status = single.getStatus();
        return status == JDA.Status.CONNECTED ? Optional.empty() : Optional.of("Discord: " + status);
    }

    /** Delivers the outbox's Discord messages; until {@link #start()} finished it asks to retry. */
    public Publisher publisher() {
        return publisher;
    }

    private void awaitConnected(ConnectedLatch connected, Duration timeout) {
        try {
            if (!connected.await(timeout)) {
                close();
                throw new IllegalStateException("Discord did not connect within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while connecting to Discord", interrupted);
        }
    }

    /** JDA's own HTTP client settings, with each 429 counted; JDA then waits out the Retry-After and tries again. */
    private OkHttpClient.Builder httpClient() {
        return IOUtil.newHttpClientBuilder().addInterceptor(new RateLimitCounter(meters, Platform.DISCORD));
    }

    private void reportShards() {
        for (int shard = settings.firstShard(); shard <= settings.lastShard(); shard++) {
            int id = shard;
            meters.discordShard(id, () -> {
                JDA connection = shardConnection(id);
                return connection != null && connection.getStatus() == JDA.Status.CONNECTED;
            }, () -> {
                JDA connection = shardConnection(id);
                return connection == null ? -1 : connection.getGatewayPing();
            });
        }
    }

    /** The shard's connection while the bot serves; null before it started and once it is closing. */
    private JDA shardConnection(int shard) {
        if (client == null) {
            return null;
        }
        ShardManager manager = shards;
        return manager != null ? manager.getShardById(shard) : jda;
    }

    /**
     * Discord's address (when another is set) and a rate limiter with one lock per bucket: JDA's own holds one lock
     * for every bucket, and under load its follow-ups failed to be queued at all.
     */
    private static RestConfig restConfig(Optional<String> apiUrl) {
        RestConfig config = new RestConfig().setRateLimiterFactory(BucketRateLimiter::new);
        apiUrl.ifPresent(url -> config.setBaseUrl(url.endsWith("/") ? url : url + "/"));
        return config;
    }

    /** JDA's connections: the shards this instance runs, or its one connection; none before it started. */
    private List<JDA> connections() {
        ShardManager manager = shards;
        if (manager != null) {
            return List.copyOf(manager.getShards());
        }
        JDA single = jda;
        return single == null ? List.of() : List.of(single);
    }

    private static List<OkHttpClient> httpClientsOf(List<JDA> connections) {
        return connections.stream().map(JDA::getHttpClient).distinct().toList();
    }

    /** How many connections the bot's HTTP clients keep open for their next request. */
    int pooledConnections() {
        return httpClients.stream().mapToInt(http -> http.connectionPool().connectionCount()).sum();
    }

    /**
     * Shuts JDA down, waiting up to ten seconds for each connection before forcing it, releases the HTTP clients JDA
     * leaves open, then stops the command workers. Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        client = null;
        try {
            List<JDA> connections = connections();
            httpClients = java.util.stream.Stream.concat(httpClients.stream(),
                    httpClientsOf(connections).stream()).distinct().toList();
            ShardManager manager = shards;
            if (manager != null) {
                manager.shutdown();
            }
            DiscordStop.stop(connections, httpClients, STOP_TIMEOUT);
        } finally {
            work.shutdown();
            try {
                work.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
