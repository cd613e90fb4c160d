package org.convene.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.CommandService;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.core.usecase.SpaceLifecycleUseCase;
import org.convene.core.usecase.ShowEventUseCase;
import org.convene.http.HttpFront;
import org.convene.platform.http.RateLimitCounter;
import org.convene.slack.http.SlackEventsRoute;
import org.convene.slack.interaction.ResponseUrlPoster;
import org.convene.slack.http.SlackHttpConfig;
import org.convene.slack.http.SlackHttpServer;
import org.convene.slack.publish.SlackPublisher;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot: a Bolt app serving {@code /meetup}, buttons, the event modal and App Home, run in HTTP mode on
 * {@link SlackHttpServer} at {@code host:port/slack/events} (or on the instance's own {@link HttpFront}, see
 * {@link #serveOn(HttpFront)}), or in Socket Mode when an app token is set.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Duration WORK_GRACE = Duration.ofSeconds(5);

    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final MethodsClient methods;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final ExecutorService executor = CommandWorkers.start();
    private final SlackAuthCheck authCheck;
    private SlackHttpServer httpServer;
    private SocketModeApp socketModeApp;
    private HttpFront sharedFront;
    private boolean started;
    private boolean closed;

    /**
     * Builds the bot; nothing connects or listens until {@link #start()}.
     *
     * @param settings tokens, signing secret, the optional Web API URL and where HTTP mode listens
     * @param commands the core's command entry point, for the slash command, buttons and the modal
     * @param agenda the member's groups and RSVPs, for App Home
     * @param events upcoming events of a group, for App Home
     * @param spaces what the app's removal from a workspace, and its use there again, change
     * @param show one event as its viewer sees it, to open the edit form with the event's values
     * @param clock the core's clock, to tell a date in the past in the modal
     */
    public SlackBot(SlackSettings settings, CommandService commands, MyAgendaUseCase agenda, ListEventsUseCase events,
                    SpaceLifecycleUseCase spaces, ShowEventUseCase show, Clock clock) {
        this(settings, commands, agenda, events, spaces, show, clock, PlatformMeters.none());
    }

    /** As above, counting each 429 answer of Slack's Web API in {@code meters}. */
    public SlackBot(SlackSettings settings, CommandService commands, MyAgendaUseCase agenda, ListEventsUseCase events,
                    SpaceLifecycleUseCase spaces, ShowEventUseCase show, Clock clock, PlatformMeters meters) {
        this(settings, commands, agenda, events, spaces, show, Optional.empty(), clock, meters);
    }

    /**
     * As above, with the date polls, whose "Post the event" button then opens the event form filled with the poll's
     * winning date (without them the button posts that date as it is).
     */
    public SlackBot(SlackSettings settings, CommandService commands, MyAgendaUseCase agenda, ListEventsUseCase events,
                    SpaceLifecycleUseCase spaces, ShowEventUseCase show, Optional<DatePollUseCase> polls, Clock clock,
                    PlatformMeters meters) {
        this.settings = requireNonNull(settings, "settings");
        SlackHandlers.Core core = new SlackHandlers.Core(commands, agenda, events, spaces, show, polls,
                clock);
        SlackConfig slackConfig = new SlackConfig();
        settings.apiUrl().ifPresent(slackConfig::setMethodsEndpointUrlPrefix);
        slackConfig.setProxyUrl(null);
        // Each 429 is counted on the client itself: Slack's response listeners are not told of one, and Bolt's
        // synchronous client does not retry it (the outbox does, after Retry-After).
        this.slack = Slack.getInstance(slackConfig, new SlackHttpClient(SlackHttpClient.buildOkHttpClient(slackConfig)
                .newBuilder().addInterceptor(new RateLimitCounter(requireNonNull(meters, "meters"), Platform.SLACK))
                .build()));
        this.methods = slack.methods(settings.botToken());
        // The app acts on no message events, so Bolt's self-event filter (a bots.info call per bot message, which
        // fails on a Slack Connect bot from another workspace) is off; such events are acknowledged unread.
        this.app = new App(AppConfig.builder().signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken()).ignoringSelfEventsEnabled(false).slack(slack).build());
        SlackHandlers.register(app, core, methods, renderer, executor, new ResponseUrlPoster(slack));
        this.authCheck = new SlackAuthCheck(methods, clock);
    }

    /**
     * In HTTP mode, serves {@code /slack/events} on the given front, which the caller owns, starts and stops, instead
     * of a server of the bot's own; call before {@link #start()} and before the front starts. In Socket Mode the
     * front is not used.
     */
    public synchronized void serveOn(HttpFront front) {
        if (started) {
            throw new IllegalStateException("the Slack bot is already started");
        }
        requireNonNull(front, "front");
        if (!settings.socketMode()) {
            front.route(SlackHttpConfig.DEFAULT_EVENTS_PATH, Set.of("POST"),
                    new SlackEventsRoute(app, Clock.systemUTC()));
            sharedFront = front;
        }
    }

    /** Why Slack is not usable now ({@code auth.test} refused or unanswered, asked at most every 30 s), or empty. */
    public Optional<String> readinessProblem() {
        return authCheck.problem();
    }

    /** Starts HTTP mode (checking the bot token with {@code auth.test}) or connects through Socket Mode. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the Slack bot is already started");
        }
        try {
            if (sharedFront != null) {
                app.start();
            } else if (settings.socketMode()) {
                SocketModeApp socket = new SocketModeApp(settings.appToken().orElseThrow(), app,
                        SocketModeClient.Backend.JavaWebSocket);
                socket.startAsync();
                socketModeApp = socket;
                log.info("Slack bot connected through Socket Mode");
            } else {
                SlackHttpServer server = new SlackHttpServer(app,
                        SlackHttpConfig.of(settings.host(), settings.port()).withLimits(settings.httpLimits()));
                server.start();
                httpServer = server;
            }
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the Slack bot could not start", e);
        } catch (Exception e) {
            throw new IllegalStateException("the Slack bot could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The port HTTP mode listens on. */
    public synchronized int port() {
        if (sharedFront != null) {
            return sharedFront.port();
        }
        if (httpServer == null) {
            throw new IllegalStateException("the Slack bot is not running in HTTP mode");
        }
        return httpServer.port();
    }

    /** A publisher for the outbox that posts with this bot's token and renderer. */
    public SlackPublisher publisher() {
        return new SlackPublisher(methods, renderer);
    }

    private void stopWork() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(WORK_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops listening or disconnects, lets the work in flight finish for a few seconds and stops it, then releases
     * the Slack client: Bolt's executor, the OkHttp dispatcher and connection pool, and the SDK's metrics executors.
     * Each step runs even if one before it failed; closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SlackHttpServer server = httpServer;
        SocketModeApp socket = socketModeApp;
        httpServer = null;
        socketModeApp = null;
        started = false;
        Closing closing = new Closing(log);
        if (server != null) {
            closing.step("the HTTP server", server::close);
        }
        if (socket != null) {
            SocketModeClient client = socket.getClient();
            closing.step("the Socket Mode app", socket::close);
            if (client != null) {
                closing.step("the Socket Mode client", client::close);
            }
        }
        closing.step("the Bolt app", app::stop);
        closing.step("the command workers", this::stopWork);
        closing.step("Bolt's executor", () -> app.executorService().shutdownNow());
        closing.step("the Slack client", slack::close);
    }
}
