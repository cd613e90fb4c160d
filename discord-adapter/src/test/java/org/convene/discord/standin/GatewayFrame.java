package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One payload JDA sent on the gateway, such as IDENTIFY (op 2) or a heartbeat (op 1).
 *
 * @param session which connection sent it, counted from 1 in connection order
 * @param op the opcode, or -1 if the text was not a JSON payload
 * @param text the payload as sent
 */
public record GatewayFrame(int session, int op, String text) {
    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int PRESENCE_UPDATE = 3;
    public static final int RESUME = 6;
    public static final int REQUEST_GUILD_MEMBERS = 8;

    public GatewayFrame {
        requireNonNull(text, "text");
    }

    static GatewayFrame parse(int session, String text) {
        try {
            return new GatewayFrame(session, DataObject.fromJson(text).getInt("op", -1), text);
        } catch (RuntimeException notJson) {
            return new GatewayFrame(session, -1, text);
        }
    }

    /** The {@code d} object of the payload. */
    public DataObject data() {
        return DataObject.fromJson(text).getObject("d");
    }

    public String summary() {
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return "session " + session + " op " + op + " " + shown;
    }
}
