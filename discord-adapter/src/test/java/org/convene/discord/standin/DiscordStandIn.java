package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A loopback stand-in of Discord for end-to-end tests with the real JDA: a REST API on
 * {@code http://127.0.0.1:P/api/v10/} and a WebSocket gateway on {@code ws://127.0.0.1:G}, both on ephemeral
 * ports. It records every REST request and gateway payload it receives, lets a test wait for one with a timeout,
 * answers like Discord (including a planned 429), and pushes events — above all interactions — to JDA.
 *
 * <p>By default interactions come from a member of a guild JDA has not cached, as they do for a light JDA; guilds
 * passed to {@link #start(StandInGuild...)} are announced in READY and sent with GUILD_CREATE, so JDA caches them.
 *
 * <pre>{@code
 * try (DiscordStandIn discord = DiscordStandIn.start()) {
 *     JDA jda = StandInJda.start(discord);
 *     jda.addEventListener(listener);
 *     SentInteraction join = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("join"));
 *     RecordedRequest reply = discord.awaitCallback(join, Duration.ofSeconds(15));
 * }
 * }</pre>
 */
public final class DiscordStandIn implements AutoCloseable {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);

    private final StandInUser bot = StandInUser.bot("convene");
    private final long applicationId = bot.id();
    private final String botToken = "stand-in-token-" + Snowflakes.next();
    private final List<StandInGuild> guilds;
    private final InteractionOrigin defaultOrigin;
    private final Journal<RecordedRequest> requests = new Journal<>("requests", RecordedRequest::summary);
    private final Journal<GatewayFrame> gatewayFrames = new Journal<>("gateway payloads", GatewayFrame::summary);
    private final StandInDirectory directory = new StandInDirectory();
    private final InteractionRegistry interactions = new InteractionRegistry();
    private final InteractionPayloads payloads = new InteractionPayloads(applicationId, bot);
    private final GatewayStandIn gateway;
    private final RestStandIn rest;
    private final MessageEndpoints messages;
    private final ApplicationEndpoints applications;

    private DiscordStandIn(List<StandInGuild> guilds) throws IOException {
        this.guilds = List.copyOf(guilds);
        this.defaultOrigin = InteractionOrigin.inGuild(
                Snowflakes.next(), StandInChannel.named("meetups"), StandInUser.named("ada"));
        directory.knowUser(bot);
        for (StandInGuild guild : this.guilds) {
            guild.channels().forEach(channel -> directory.knowChannel(channel.id(), guild.id()));
        }
        this.gateway = new GatewayStandIn(botToken, new GatewayPayloads(bot, applicationId, guilds), gatewayFrames);
        gateway.startListening(STARTUP_TIMEOUT);
        try {
            this.rest = RestStandIn.bind(requests);
        } catch (IOException | RuntimeException failure) {
            gateway.stopListening();
            throw failure;
        }
        this.messages =
                new MessageEndpoints(bot, applicationId, rest.rootUrl() + "/attachments/", directory, interactions);
        this.applications = new ApplicationEndpoints(bot, applicationId, gateway.url());
        RestRoutes routes = new RestRoutes(botToken);
        applications.register(routes);
        messages.register(routes);
        new ScheduledEventEndpoints(bot).register(routes);
        rest.start(routes);
    }

    /** Starts a stand-in whose READY lists these guilds (none by default), each followed by its GUILD_CREATE. */
    public static DiscordStandIn start(StandInGuild... cachedGuilds) {
        try {
            return new DiscordStandIn(List.of(cachedGuilds));
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start the Discord stand-in", failure);
        }
    }

    // ---- addresses and identity

    /** {@code http://127.0.0.1:P/api/v10/}, for {@code RestConfig#setBaseUrl}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** {@code ws://127.0.0.1:G}, for a {@code SessionController#getGateway()}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** The only token the stand-in accepts, on REST and in IDENTIFY. */
    public String botToken() {
        return botToken;
    }

    public StandInUser botUser() {
        return bot;
    }

    public long applicationId() {
        return applicationId;
    }

    /** The guilds JDA caches from READY and GUILD_CREATE. */
    public List<StandInGuild> guilds() {
        return guilds;
    }

    /** The member "ada" in #meetups of a guild JDA has not cached: where interactions come from by default. */
    public InteractionOrigin defaultOrigin() {
        return defaultOrigin;
    }

    // ---- what was received

    /** Every REST request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return requests.entries();
    }

    /** The first request, already received or still to come, that matches; fails at the timeout, listing all. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        return requests.await(predicate, timeout);
    }

    /** The first {@code count} matching requests, waiting until that many arrived; fails at the timeout. */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> predicate, int count, Duration timeout) {
        return requests.awaitCount(predicate, count, timeout);
    }

    /** Requests on routes the stand-in does not serve (each answered 404). */
    public List<RecordedRequest> unknownRouteRequests() {
        return requests.entries().stream().filter(request -> !rest.isKnownRoute(request)).toList();
    }

    /** JDA's answer to an interaction: {@code POST /interactions/{id}/{token}/callback}. */
    public RecordedRequest awaitCallback(SentInteraction interaction, Duration timeout) {
        return requests.await(interaction.callback(), timeout);
    }

    /** Holds READY back from the sessions that identify from now on, until {@link #releaseReady()}. */
    public void holdReady() {
        gateway.holdReady();
    }

    /** Sends the READY held back by {@link #holdReady()}. */
    public void releaseReady() {
        gateway.releaseReady();
    }

    /** Every gateway payload JDA sent so far (IDENTIFY, heartbeats, ...). */
    public List<GatewayFrame> gatewayFrames() {
        return gatewayFrames.entries();
    }

    public GatewayFrame awaitGatewayFrame(Predicate<GatewayFrame> predicate, Duration timeout) {
        return gatewayFrames.await(predicate, timeout);
    }

    /** A message the stand-in holds: one JDA created or edited, or one a button was put under. */
    public Optional<DataObject> message(long messageId) {
        return messages.message(messageId);
    }

    /** The id the command of this name has (or will have once registered). */
    public long commandId(String commandName) {
        return applications.commandId(commandName);
    }

    // ---- shaping REST answers

    /** The next request on the route gets 429 with a brief {@link RateLimit}; later ones are answered as usual. */
    public void rateLimitNext(String method, String pathTemplate) {
        rateLimitNext(method, pathTemplate, RateLimit.brief());
    }

    public void rateLimitNext(String method, String pathTemplate, RateLimit rateLimit) {
        rest.plan(method, pathTemplate, rateLimit.toAnswer());
    }

    /** The next request on the route gets this answer, such as {@code RestAnswer.error(403, 50013, "...")}. */
    public void answerNext(String method, String pathTemplate, RestAnswer answer) {
        rest.plan(method, pathTemplate, answer);
    }

    /** The next request on the route gets its usual answer, held back for the delay, as a slow Discord would. */
    public void answerNextAfter(String method, String pathTemplate, Duration delay) {
        rest.planDelay(method, pathTemplate, delay);
    }

    // ---- gateway events

    /** Pushes a dispatch event (op 0) with this type and data to every connected JDA. */
    public void dispatch(String type, DataObject data) {
        gateway.dispatch(requireNonNull(type, "type"), requireNonNull(data, "data"));
    }

    public void dispatch(String type, Map<String, ?> data) {
        DataObject object = DataObject.empty();
        data.forEach(object::put);
        dispatch(type, object);
    }

    /** Sends text as a gateway payload without checking it, such as a malformed one. */
    public void sendRawGatewayText(String text) {
        gateway.sendText(requireNonNull(text, "text"));
    }

    public SentInteraction sendSlashCommand(SlashCommand command) {
        return sendSlashCommand(command, defaultOrigin);
    }

    /** A slash command (type 2), or an autocomplete request (type 4) if one option is focused. */
    public SentInteraction sendSlashCommand(SlashCommand command, InteractionOrigin origin) {
        long id = Snowflakes.next();
        String token = tokenFor(id);
        return send(id, token, origin, 0, payloads.command(id, token, origin, command, commandId(command.name())));
    }

    public SentInteraction sendAutocomplete(SlashCommand commandWithFocus) {
        return sendAutocomplete(commandWithFocus, defaultOrigin);
    }

    /** An autocomplete request (type 4); the command must have a focused option. */
    public SentInteraction sendAutocomplete(SlashCommand commandWithFocus, InteractionOrigin origin) {
        if (!commandWithFocus.hasFocusedOption()) {
            throw new IllegalArgumentException("an autocomplete request needs a focused option: " + commandWithFocus);
        }
        return sendSlashCommand(commandWithFocus, origin);
    }

    public SentInteraction sendButtonClick(String customId) {
        return sendButtonClick(customId, defaultOrigin);
    }

    /** A click (type 3) on a button with this custom id, under a bot message the stand-in makes and keeps. */
    public SentInteraction sendButtonClick(String customId, InteractionOrigin origin) {
        DataObject message = payloads.botMessageWithButton(origin, customId, "Go");
        messages.remember(message);
        return sendButtonClick(customId, message, origin);
    }

    /** A click (type 3) on a button of this message, such as one JDA sent: see {@link #message(long)}. */
    public SentInteraction sendButtonClick(String customId, DataObject message, InteractionOrigin origin) {
        long id = Snowflakes.next();
        String token = tokenFor(id);
        long messageId = message.getUnsignedLong("id");
        return send(id, token, origin, messageId, payloads.buttonClick(id, token, origin, customId, message));
    }

    public SentInteraction sendModalSubmit(String modalId, Map<String, String> textInputs) {
        return sendModalSubmit(modalId, textInputs, defaultOrigin);
    }

    /** A modal submission (type 5): each entry is a text input's custom id and value, in the map's order. */
    public SentInteraction sendModalSubmit(String modalId, Map<String, String> textInputs, InteractionOrigin origin) {
        long id = Snowflakes.next();
        String token = tokenFor(id);
        return send(id, token, origin, 0, payloads.modalSubmit(id, token, origin, modalId, textInputs));
    }

    /**
     * An interaction of any type with a {@code data} object the test builds, such as a string select (type 3 with
     * {@code component_type} 3 and {@code values}); component interactions also need the message they sit under.
     *
     * @param message the message a component sits under, or null
     */
    public SentInteraction sendInteraction(int type, DataObject data, DataObject message, InteractionOrigin origin) {
        long id = Snowflakes.next();
        String token = tokenFor(id);
        DataObject payload = payloads.base(id, token, type, origin).put("data", data);
        long messageId = 0;
        if (message != null) {
            payload.put("message", message);
            messageId = message.getUnsignedLong("id");
        }
        return send(id, token, origin, messageId, payload);
    }

    private SentInteraction send(long id, String token, InteractionOrigin origin, long messageId, DataObject payload) {
        for (StandInGuild guild : guilds) {
            if (guild.id() == origin.guildId() && !guild.hasChannel(origin.channelId())) {
                throw new IllegalArgumentException("channel " + Long.toUnsignedString(origin.channelId())
                        + " is not a channel of the cached guild " + guild.name() + "; JDA would drop the interaction");
            }
        }
        directory.knowUser(origin.user());
        if (!origin.isDirectMessage()) {
            directory.knowChannel(origin.channelId(), origin.guildId());
        }
        SentInteraction sent = new SentInteraction(id, token, payload.getInt("type"), origin, messageId, payload);
        interactions.register(sent);
        gateway.dispatch("INTERACTION_CREATE", payload);
        return sent;
    }

    private static String tokenFor(long interactionId) {
        return "interaction-token-" + Long.toUnsignedString(interactionId, 36);
    }

    @Override
    public void close() {
        try {
            gateway.stopListening();
        } finally {
            rest.close();
        }
    }

    @Override
    public String toString() {
        return "DiscordStandIn[rest=" + restBaseUrl() + ", gateway=" + gatewayUrl() + "]";
    }
}
