package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The REST stand-in's route table: each route is a method, a path template and a handler. A request on no route
 * gets Discord's 404 body; one without the bot's token on a route that needs it gets 401. Every answer names a
 * rate-limit bucket derived from its route, as Discord's {@code X-RateLimit-Bucket} does.
 */
final class RestRoutes {
    /** Answers one request; the variables are the named segments of the route's template. */
    @FunctionalInterface
    interface Handler {
        RestAnswer answer(RecordedRequest request, Map<String, String> variables);
    }

    private record Route(String method, RoutePattern pattern, Handler handler, boolean needsToken) {}

    private final String expectedAuthorization;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    RestRoutes(String botToken) {
        this.expectedAuthorization = "Bot " + requireNonNull(botToken, "botToken");
    }

    /** A route that needs the bot token in the {@code Authorization} header. */
    void add(String method, String template, Handler handler) {
        routes.add(new Route(method, RoutePattern.of(template), handler, true));
    }

    /** A route authorized by the interaction token in its path, as interaction callbacks and webhooks are. */
    void addTokenInPath(String method, String template, Handler handler) {
        routes.add(new Route(method, RoutePattern.of(template), handler, false));
    }

    RestAnswer answer(RecordedRequest request) {
        for (Route route : routes) {
            if (!route.method().equalsIgnoreCase(request.method())) {
                continue;
            }
            Optional<Map<String, String>> variables = route.pattern().match(request.path());
            if (variables.isEmpty()) {
                continue;
            }
            String bucket = bucketOf(route.method(), route.pattern().template());
            if (route.needsToken() && !request.header("authorization").orElse("").equals(expectedAuthorization)) {
                return RestAnswer.error(401, 0, "401: Unauthorized").withHeader("X-RateLimit-Bucket", bucket);
            }
            return route.handler().answer(request, variables.get()).withHeader("X-RateLimit-Bucket", bucket);
        }
        return RestAnswer.error(404, 0, "404: Not Found");
    }

    /** Whether some route takes this request. */
    boolean isKnown(RecordedRequest request) {
        return routes.stream()
                .anyMatch(route -> route.method().equalsIgnoreCase(request.method())
                        && route.pattern().matches(request.path()));
    }

    static String bucketOf(String method, String template) {
        return String.format("%08x", (method + " " + template).hashCode());
    }
}
