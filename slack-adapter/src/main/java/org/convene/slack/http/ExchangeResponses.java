package org.convene.slack.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a status, a content type and a UTF-8 body to an exchange. */
final class ExchangeResponses {

    static final String TEXT = "text/plain; charset=utf-8";

    private ExchangeResponses() {
    }

    /** Sends the status and the body; a null or empty body, or a HEAD request, sends no body. */
    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = bytes.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : bytes.length);
        if (!noBody) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Sends plain text. */
    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, TEXT, text);
    }
}
