package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;

/**
 * One gateway connection: it numbers dispatches with the sequence JDA tracks and, when JDA asked for
 * {@code compress=zlib-stream} (its default), sends every payload as a binary frame of one shared zlib stream,
 * each ending in a sync flush; otherwise as a text frame.
 */
final class GatewaySession {
    private final int number;
    private final WebSocket connection;
    private final Deflater deflater;
    private final String sessionId;
    private int sequence;
    private int shardId;
    private int shardCount = 1;
    private boolean ready;
    private boolean released;

    GatewaySession(int number, WebSocket connection, boolean zlibStream) {
        this.number = number;
        this.connection = requireNonNull(connection, "connection");
        this.deflater = zlibStream ? new Deflater() : null;
        this.sessionId = "stand-in-session-" + number;
    }

    int number() {
        return number;
    }

    String sessionId() {
        return sessionId;
    }

    /** Records the shard this session identified as ({@code [id, count]} in IDENTIFY; shard 0 of 1 without). */
    synchronized void identifiedAs(int id, int count) {
        shardId = id;
        shardCount = count;
    }

    /** Whether Discord would send this guild's events to this session: {@code (guild_id >> 22) % shard_count}. */
    synchronized boolean carriesGuild(long guildId) {
        return Long.remainderUnsigned(guildId >>> 22, shardCount) == shardId;
    }

    synchronized boolean isReady() {
        return ready && connection.isOpen();
    }

    /**
     * Sends READY and the GUILD_CREATEs and marks the session ready, all under this session's lock: JDA may turn
     * CONNECTED as soon as READY is out, and a test dispatching then must find the session ready.
     */
    synchronized void startSession(DataObject readyData, List<DataObject> guildCreates) {
        ready = true;
        dispatch("READY", readyData);
        guildCreates.forEach(guild -> dispatch("GUILD_CREATE", guild));
    }

    /** Sends a non-dispatch payload, such as HELLO or a heartbeat ACK. */
    synchronized void send(int op, Object data) {
        sendText(DataObject.empty().put("op", op).put("d", data).put("s", null).put("t", null).toString());
    }

    /** Sends a dispatch (op 0) with the next sequence number. */
    synchronized void dispatch(String type, DataObject data) {
        sequence++;
        sendText(DataObject.empty().put("op", 0).put("d", data).put("s", sequence).put("t", type).toString());
    }

    /** Sends text as it is, through the same encoding as every other payload. */
    synchronized void sendText(String text) {
        if (released || !connection.isOpen()) {
            throw new IllegalStateException("gateway session " + number + " is closed");
        }
        if (deflater == null) {
            connection.send(text);
        } else {
            connection.send(compress(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    synchronized void close(int code, String reason) {
        connection.close(code, reason);
    }

    synchronized void release() {
        ready = false;
        released = true;
        if (deflater != null) {
            deflater.end();
        }
    }

    private byte[] compress(byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        return out.toByteArray();
    }
}
