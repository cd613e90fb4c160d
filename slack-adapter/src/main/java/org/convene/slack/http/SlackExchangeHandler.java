package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each exchange: POST on the events path goes to Bolt, GET /health answers "ok", other paths
 * get 404 and other methods 405; once stopping, new requests get 503.
 */
final class SlackExchangeHandler implements HttpHandler {

    static final String HEALTH_PATH = "/health";

    private static final Logger log = LoggerFactory.getLogger(SlackExchangeHandler.class);

    private final BoltRequestForwarder forwarder;
    private final String eventsPath;
    private final RequestGate gate;

    SlackExchangeHandler(BoltRequestForwarder forwarder, String eventsPath, RequestGate gate) {
        this.forwarder = requireNonNull(forwarder, "forwarder");
        this.eventsPath = requireNonNull(eventsPath, "eventsPath");
        this.gate = requireNonNull(gate, "gate");
    }

    @Override
    public void handle(HttpExchange exchange) {
        boolean entered = gate.enter();
        try {
            if (entered) {
                route(exchange);
            } else {
                ExchangeResponses.sendText(exchange, 503, "stopping");
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Slack HTTP exchange on {} ended early: {}", exchange.getRequestURI().getPath(), e.toString());
        } finally {
            exchange.close();
            if (entered) {
                gate.leave();
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(eventsPath)) {
            if (method.equals("POST")) {
                forwarder.forward(exchange);
            } else {
                notAllowed(exchange, "POST");
            }
        } else if (path.equals(HEALTH_PATH)) {
            if (method.equals("GET") || method.equals("HEAD")) {
                ExchangeResponses.sendText(exchange, 200, "ok");
            } else {
                notAllowed(exchange, "GET, HEAD");
            }
        } else {
            ExchangeResponses.sendText(exchange, 404, "not found");
        }
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        ExchangeResponses.sendText(exchange, 405, "method not allowed");
    }
}
