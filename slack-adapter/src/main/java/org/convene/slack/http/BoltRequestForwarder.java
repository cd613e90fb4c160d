package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one Slack request to Bolt with its raw body, headers and query string unchanged, so that Bolt
 * can verify the signature, and writes Bolt's response (status, headers, content type, body) back.
 */
final class BoltRequestForwarder {

    static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(BoltRequestForwarder.class);

    private final App app;
    private final SlackRequestParser parser;

    BoltRequestForwarder(App app) {
        this.app = requireNonNull(app, "app");
        this.parser = new SlackRequestParser(app.config());
    }

    void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            ExchangeResponses.sendText(exchange, 413, "request body too large");
            return;
        }
        Map<String, List<String>> query;
        try {
            query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            ExchangeResponses.sendText(exchange, 400, "malformed query string");
            return;
        }
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(query)
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .headers(new RequestHeaders(copyOf(exchange.getRequestHeaders())))
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .socketMode(false)
                .build();
        write(exchange, run(raw));
    }

    private Response run(SlackRequestParser.HttpRequest raw) {
        try {
            Request<?> request = parser.parse(raw);
            Response response = app.run(request);
            log.debug("Slack {} request answered {}",
                    request == null ? "unrecognized" : request.getRequestType(), response.getStatusCode());
            return response;
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            log.error("Slack request failed in Bolt (error id {})", errorId, e);
            return Response.builder()
                    .statusCode(500)
                    .contentType(ExchangeResponses.TEXT)
                    .body("internal error " + errorId)
                    .build();
        }
    }

    private static Map<String, List<String>> copyOf(Headers headers) {
        Map<String, List<String>> copy = new HashMap<>();
        headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> {
                if (values != null && !name.equalsIgnoreCase("Content-Length")) {
                    out.put(name, new ArrayList<>(values));
                }
            });
        }
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        ExchangeResponses.send(exchange, status, response.getContentType(), response.getBody());
    }
}
