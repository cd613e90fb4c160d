package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket half of the stand-in, on Java-WebSocket: for each connection it sends HELLO, checks the token of
 * IDENTIFY and answers with READY and a GUILD_CREATE per configured guild, acknowledges heartbeats, and refuses to
 * resume (op 9), which makes JDA identify again. Tests push events to every ready session, except that a guild (in
 * READY, its GUILD_CREATE and its events) goes, as on Discord, only to the sessions of the guild's shard
 * ({@code (guild_id >> 22) % shard_count}).
 */
final class GatewayStandIn extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStandIn.class);
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int DECODE_ERROR = 4002;

    private final String botToken;
    private final GatewayPayloads payloads;
    private final Journal<GatewayFrame> frames;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final AtomicInteger sessionNumbers = new AtomicInteger();
    private final Map<WebSocket, GatewaySession> sessions = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> readyReleased = CompletableFuture.completedFuture(null);

    GatewayStandIn(String botToken, GatewayPayloads payloads, Journal<GatewayFrame> frames) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.botToken = requireNonNull(botToken, "botToken");
        this.payloads = requireNonNull(payloads, "payloads");
        this.frames = requireNonNull(frames, "frames");
        setReuseAddr(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    /** Starts the server and waits until it listens. */
    void startListening(Duration timeout) {
        start();
        try {
            started.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the gateway stand-in", interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the gateway stand-in did not start", failure);
        }
    }

    /** {@code ws://127.0.0.1:G}, the address JDA's session controller hands out. */
    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /**
     * Pushes a dispatch to every session that got READY, or for an event of a guild to those of the guild's shard (a
     * malformed guild id, as a test may send, goes to all); fails if there is none.
     */
    void dispatch(String type, DataObject data) {
        List<GatewaySession> ready = readySessions();
        if (data.hasKey("guild_id") && !data.isNull("guild_id") && data.getString("guild_id").matches("\\d{1,20}")) {
            long guildId = Long.parseUnsignedLong(data.getString("guild_id"));
            ready = ready.stream().filter(session -> session.carriesGuild(guildId)).toList();
        }
        if (ready.isEmpty()) {
            throw new IllegalStateException("no gateway session has received READY; is JDA connected?");
        }
        ready.forEach(session -> session.dispatch(type, MessageJson.copy(data)));
    }

    /** Sends text as it is (through the session's compression) to every ready session. */
    void sendText(String text) {
        List<GatewaySession> ready = readySessions();
        if (ready.isEmpty()) {
            throw new IllegalStateException("no gateway session has received READY; is JDA connected?");
        }
        ready.forEach(session -> session.sendText(text));
    }

    private List<GatewaySession> readySessions() {
        return sessions.values().stream().filter(GatewaySession::isReady).toList();
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        String query = URI.create(handshake.getResourceDescriptor()).getRawQuery();
        String parameters = query == null ? "" : "&" + query + "&";
        GatewaySession session = new GatewaySession(
                sessionNumbers.incrementAndGet(), connection, parameters.contains("&compress=zlib-stream&"));
        sessions.put(connection, session);
        if (parameters.contains("&encoding=etf&")) {
            session.close(DECODE_ERROR, "The Discord stand-in speaks only encoding=json");
            return;
        }
        session.send(10, payloads.hello());
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        GatewaySession session = sessions.get(connection);
        if (session == null) {
            return;
        }
        GatewayFrame frame = GatewayFrame.parse(session.number(), text);
        frames.add(frame);
        switch (frame.op()) {
            case GatewayFrame.HEARTBEAT -> session.send(11, null);
            case GatewayFrame.IDENTIFY -> identify(session, frame);
            case GatewayFrame.RESUME -> session.send(9, false);
            case -1 -> session.close(DECODE_ERROR, "Error while decoding payload.");
            default -> {
                // presence updates, member requests and the like are only recorded
            }
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer bytes) {
        GatewaySession session = sessions.get(connection);
        if (session != null) {
            frames.add(new GatewayFrame(session.number(), -1, "<" + bytes.remaining() + " binary bytes>"));
            session.close(DECODE_ERROR, "The Discord stand-in expects JSON text frames");
        }
    }

    private void identify(GatewaySession session, GatewayFrame frame) {
        if (!botToken.equals(frame.data().getString("token", ""))) {
            session.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        DataObject data = frame.data();
        if (data.hasKey("shard") && !data.isNull("shard")) {
            session.identifiedAs(data.getArray("shard").getInt(0), data.getArray("shard").getInt(1));
        }
        readyReleased.thenRun(() -> session.startSession(
                payloads.ready(session.sessionId(), url(), session::carriesGuild),
                payloads.guildCreates(session::carriesGuild)));
    }

    /** Answers the next IDENTIFYs with READY only once {@link #releaseReady()} is called. */
    void holdReady() {
        readyReleased = new CompletableFuture<>();
    }

    /** Sends the READY held back since {@link #holdReady()}, and answers later IDENTIFYs at once again. */
    void releaseReady() {
        readyReleased.complete(null);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        GatewaySession session = sessions.remove(connection);
        if (session != null) {
            session.release();
        }
    }

    @Override
    public void onError(WebSocket connection, Exception failure) {
        if (connection == null) {
            started.completeExceptionally(failure);
        }
        LOG.warn("Gateway stand-in error", failure);
    }

    /** Closes every session and stops listening. */
    void stopListening() {
        try {
            stop(2_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
