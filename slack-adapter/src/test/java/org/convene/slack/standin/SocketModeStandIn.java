package org.convene.slack.standin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback stand-in of Slack's Socket Mode endpoint, on Java-WebSocket: {@link #url()} hands out a fresh
 * {@code ws://} link per {@code apps.connections.open}; each connection gets {@code hello}, then the envelopes a test
 * sends; everything the app sends back (acks by {@code envelope_id}) is recorded per connection. {@link #disconnect()}
 * asks the newest connection to go, as Slack does before it refreshes one.
 */
public final class SocketModeStandIn extends WebSocketServer implements AutoCloseable {

    /** A text frame the app sent, on the numbered connection (1 for the first). */
    public record Frame(int connection, JsonObject json) {
    }

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final AtomicInteger tickets = new AtomicInteger();
    private final AtomicInteger connectionNumbers = new AtomicInteger();
    private final Map<Integer, WebSocket> connections = new ConcurrentHashMap<>();
    private final Journal<Frame> frames = new Journal<>();
    private final Journal<Integer> opened = new Journal<>();

    private SocketModeStandIn() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    /** Starts listening on 127.0.0.1 and an ephemeral port. */
    public static SocketModeStandIn start(Duration timeout) {
        SocketModeStandIn standIn = new SocketModeStandIn();
        standIn.start();
        try {
            standIn.started.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Socket Mode stand-in", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Socket Mode stand-in did not start", e);
        }
        return standIn;
    }

    /** A fresh link for one connection, as {@code apps.connections.open} answers. */
    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=standin-" + tickets.incrementAndGet() + "&app_id="
                + SlackPayloads.APP_ID;
    }

    /** Waits until the numbered connection (1 for the first) is open and has been sent hello. */
    public void awaitConnection(int number, Duration timeout) {
        opened.await("connection " + number, open -> open == number, 1, timeout);
    }

    /**
     * Sends an envelope on the newest connection and returns its envelope id. As Slack does, only {@code events_api}
     * envelopes carry {@code retry_attempt} (0 on a first delivery), which Bolt turns into {@code X-Slack-Retry-Num}.
     */
    public String send(String type, JsonObject payload, boolean acceptsResponsePayload) {
        String envelopeId = "env-" + type + "-" + tickets.incrementAndGet();
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
        if (type.equals("events_api")) {
            envelope.addProperty("retry_attempt", 0);
            envelope.addProperty("retry_reason", "");
        }
        newest().send(envelope.toString());
        return envelopeId;
    }

    /** Waits for the app's ack of the envelope and returns it. */
    public Frame awaitAck(String envelopeId, Duration timeout) {
        return frames.await("the ack of " + envelopeId, frame -> frame.json().has("envelope_id")
                && frame.json().get("envelope_id").getAsString().equals(envelopeId), 1, timeout).get(0);
    }

    /** Tells the newest connection that Slack is about to close it ({@code refresh_requested}). */
    public void disconnect() {
        newest().send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":"
                + "{\"host\":\"standin\"}}");
    }

    /** Every frame the app sent so far, in order. */
    public List<Frame> frames() {
        return frames.snapshot();
    }

    private WebSocket newest() {
        WebSocket connection = connections.get(connectionNumbers.get());
        if (connection == null || !connection.isOpen()) {
            throw new IllegalStateException("no open Socket Mode connection; is the app connected?");
        }
        return connection;
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        int number = connectionNumbers.incrementAndGet();
        connection.setAttachment(number);
        connections.put(number, connection);
        connection.send("{\"type\":\"hello\",\"num_connections\":" + number + ",\"debug_info\":{\"host\":\"standin\","
                + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"" + SlackPayloads.APP_ID
                + "\"}}");
        opened.add(number);
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        Integer number = connection.getAttachment();
        frames.add(new Frame(number == null ? 0 : number, JsonParser.parseString(text).getAsJsonObject()));
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        // a closed connection stays numbered; the app opens a new one
    }

    @Override
    public void onError(WebSocket connection, Exception failure) {
        // the app's client reports its own errors; a test sees a missing ack
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
