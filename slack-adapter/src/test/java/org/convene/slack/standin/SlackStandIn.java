package org.convene.slack.standin;

import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A loopback stand-in of Slack for end-to-end tests: Slack's Web API at {@link #apiUrlPrefix()} and
 * {@code response_url} endpoints at {@link #responseUrl(String)}, recording every call it receives and
 * answering as one workspace with one bot would, or as a test scripted (429, {@code ok:false} errors).
 */
public final class SlackStandIn implements AutoCloseable {

    /** How long the waits without an explicit timeout wait. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    /** The workspace the stand-in plays, and its bot. */
    public record Workspace(String teamId, String teamDomain, String appId, String botUserId, String botId,
            String botToken) {

        public static Workspace standard() {
            return new Workspace("T0STANDIN", "convene-standin", "A0CONVENE", "U0CONVENEBOT", "B0CONVENE",
                    "xoxb-standin-bot-token");
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final CallRecorder recorder = new CallRecorder();
    private final WebApiAnswers answers;
    // Platform threads: the stand-in plays a remote Slack, so it must not queue on the bot's virtual-thread carriers.
    private final ExecutorService executor = Executors.newFixedThreadPool(8,
            Thread.ofPlatform().name("slack-standin-", 0).daemon(true).factory());
    private final HttpServer server;
    private final StandInHandler handler;

    private SlackStandIn(Workspace workspace, Clock clock) throws IOException {
        this.workspace = workspace;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.answers = new WebApiAnswers(workspace, baseUri() + StandInHandler.UPLOAD);
        server.setExecutor(executor);
        this.handler = new StandInHandler(answers, recorder, clock);
        server.createContext("/", handler);
        server.start();
    }

    /** Starts a stand-in of the standard workspace on 127.0.0.1 and an ephemeral port. */
    public static SlackStandIn start() throws IOException {
        return start(Workspace.standard());
    }

    public static SlackStandIn start(Workspace workspace) throws IOException {
        return new SlackStandIn(workspace, Clock.systemUTC());
    }

    public Workspace workspace() {
        return workspace;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The Web API prefix for {@link SlackConfig#setMethodsEndpointUrlPrefix(String)}. */
    public String apiUrlPrefix() {
        return baseUri() + "/api/";
    }

    /** A {@code response_url} on this stand-in; what is posted there is recorded under the id. */
    public String responseUrl(String id) {
        return baseUri() + "/respond/" + id;
    }

    /** A fresh Slack client configuration that sends every Web API call here, with no proxy. */
    public SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrlPrefix());
        config.setProxyUrl(null);
        return config;
    }

    /** Signed requests from this workspace, signed with the app's signing secret at the clock's time. */
    public SignedRequests signedRequests(String signingSecret, Clock signingClock) {
        return new SignedRequests(signingSecret, workspace.teamId(), workspace.botUserId(), signingClock);
    }

    /** The id of the direct-message channel between the bot and a user, as conversations.open answers. */
    public static String directMessageChannelOf(String userId) {
        return "D" + userId;
    }

    /** Makes {@code apps.connections.open} answer the app token with the URL (each call asks for a fresh one). */
    public void openSocketModeWith(String appToken, Supplier<String> url) {
        answers.openSocketModeWith(new WebApiAnswers.SocketModeLink(appToken, url));
    }

    /** Makes {@code users.info} answer the user with these roles (others are neither admin nor owner). */
    public void setUser(String userId, boolean admin, boolean owner) {
        answers.setUser(userId, admin, owner);
    }

    /** Answers the next call of the method with HTTP 429 and {@code Retry-After: 1}. */
    public void rateLimitNext(String method) {
        answers.script(method, StandInAnswer.rateLimited(1));
    }

    /**
     * Answers every later call of the method {@code delay} after it arrived, as a slow Slack that has already taken
     * the call; the call is recorded on arrival. {@link Duration#ZERO} answers at once again.
     */
    public void delayAnswers(String method, Duration delay) {
        handler.delay(method, delay);
    }

    /** Answers the next call of the method with {@code {"ok":false,"error":error}}, e.g. channel_not_found. */
    public void failNext(String method, String error) {
        answers.script(method, StandInAnswer.error(error));
    }

    /** The bytes uploaded to the file's upload URL (files upload v2), or null if none arrived. */
    public byte[] uploadedFile(String fileId) {
        return answers.uploaded(fileId);
    }

    /** Every call received so far, in order. */
    public List<RecordedCall> calls() {
        return recorder.snapshot();
    }

    /** The calls of one Web API method received so far, in order. */
    public List<RecordedCall> apiCalls(String method) {
        return calls().stream().filter(call -> call.isApiCall(method)).toList();
    }

    public RecordedCall awaitApiCall(String method) {
        return awaitApiCall(method, DEFAULT_TIMEOUT);
    }

    public RecordedCall awaitApiCall(String method, Duration timeout) {
        return await("a call of " + method, call -> call.isApiCall(method), timeout);
    }

    public RecordedCall awaitResponseUrlPost(String id, Duration timeout) {
        return await("a post to response_url " + id, call -> call.isResponseUrlPost(id), timeout);
    }

    /** Waits for the first recorded call that matches; a timeout fails with every call received. */
    public RecordedCall await(String description, Predicate<RecordedCall> matcher, Duration timeout) {
        return await(description, matcher, 1, timeout).get(0);
    }

    /** Waits until {@code count} recorded calls match and returns the first {@code count}. */
    public List<RecordedCall> await(String description, Predicate<RecordedCall> matcher, int count,
            Duration timeout) {
        return recorder.await(description, matcher, count, timeout);
    }

    @Override
    public void close() {
        handler.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
