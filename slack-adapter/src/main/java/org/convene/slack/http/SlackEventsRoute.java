package org.convene.slack.http;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpCall;
import org.convene.http.RefusalLog;
import org.convene.http.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's endpoint on the HTTP front: refuses a request without a recent timestamp and a signature before reading
 * its body, checks the signature on the raw bytes next, and answers a stranger 401 with nothing logged but a
 * rate-limited count; only then hands the request to Bolt, unchanged, and
 * writes Bolt's response back. A signed body Bolt does not recognise gets 400; no body is ever logged.
 */
public final class SlackEventsRoute implements Route {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsRoute.class);
    private static final Duration REFUSAL_LINE_INTERVAL = Duration.ofMinutes(1);
    private static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final String SIGNATURE = "X-Slack-Signature";

    private final App app;
    private final SlackRequestParser parser;
    private final SlackRequestSignature signature;
    private final RefusalLog refusals;

    /**
     * @param app the Bolt app, whose signing secret the requests must be signed with
     * @param clock the time the signature's timestamp is compared with
     */
    public SlackEventsRoute(App app, Clock clock) {
        this.app = requireNonNull(app, "app");
        this.parser = new SlackRequestParser(app.config());
        this.signature = new SlackRequestSignature(app.config().getSigningSecret(), clock);
        this.refusals = new RefusalLog("Slack requests without a valid signature", REFUSAL_LINE_INTERVAL, clock);
    }

    @Override
    public Optional<HttpAnswer> screen(HttpCall head) {
        if (signature.isPlausible(head.header(TIMESTAMP), head.header(SIGNATURE))) {
            return Optional.empty();
        }
        return Optional.of(refuse());
    }

    @Override
    public HttpAnswer handle(HttpCall call) {
        if (!signature.isValid(call.header(TIMESTAMP), call.header(SIGNATURE), call.body())) {
            return refuse();
        }
        Map<String, List<String>> query;
        try {
            query = QueryString.parse(call.rawQuery());
        } catch (IllegalArgumentException e) {
            return HttpAnswer.text(400, "malformed query string");
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(call.path())
                .queryString(query)
                .requestBody(new String(call.body(), StandardCharsets.UTF_8))
                .headers(new RequestHeaders(copyOf(call.headers())))
                .remoteAddress(call.remoteAddress())
                .socketMode(false)
                .build());
        if (request == null) {
            log.debug("A signed Slack request of a kind Bolt does not know was answered 400");
            return HttpAnswer.text(400, "unrecognized request");
        }
        return answer(run(request));
    }

    private HttpAnswer refuse() {
        refusals.refused();
        return HttpAnswer.text(401, "invalid request signature");
    }

    private Response run(Request<?> request) {
        try {
            Response response = app.run(request);
            log.debug("Slack {} request answered {}", request.getRequestType(), response.getStatusCode());
            return response;
        } catch (Exception e) {
            throw new IllegalStateException("Bolt failed on a Slack " + request.getRequestType() + " request", e);
        }
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new HashMap<>();
        headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private static HttpAnswer answer(Response response) {
        Map<String, List<String>> headers = new HashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> {
                if (values != null && !name.equalsIgnoreCase("Content-Length")
                        && !name.equalsIgnoreCase("Content-Type")) {
                    headers.put(name, new ArrayList<>(values));
                }
            });
        }
        String body = response.getBody();
        return new HttpAnswer(response.getStatusCode() == null ? 200 : response.getStatusCode(),
                response.getContentType(), headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }
}
