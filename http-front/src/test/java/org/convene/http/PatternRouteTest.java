package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatternRouteTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPathMatchingAPatternAsAWholeReachesTheFirstRouteThatMatchesAfterExactPaths() throws Exception {
        front = new HttpFront(new HttpFrontConfig("127.0.0.1", 0, HttpLimits.DEFAULTS, Duration.ofMillis(200)))
                .route("/c/exact", Set.of("GET"), call -> HttpAnswer.text(200, "exact"))
                .routeMatching(Pattern.compile("/c/[a-z0-9]+/calendar\\.ics"), Set.of("GET"),
                        call -> HttpAnswer.text(200, "feed " + call.path()))
                .routeMatching(Pattern.compile("/c/[a-z0-9]+(/.*)?"), Set.of("GET"),
                        call -> HttpAnswer.text(200, "page " + call.path()));
        front.start();

        assertThat(get("/c/exact").body()).isEqualTo("exact");
        assertThat(get("/c/abc123/calendar.ics").body()).isEqualTo("feed /c/abc123/calendar.ics");
        assertThat(get("/c/abc123/g/book-club").body()).isEqualTo("page /c/abc123/g/book-club");
        assertThat(get("/c/ABC/calendar.ics").statusCode()).isEqualTo(404);
        assertThat(get("/x/c/abc123").statusCode()).isEqualTo(404);
    }

    @Test
    void aPatternRouteAnswersOtherMethods405() throws Exception {
        front = new HttpFront(new HttpFrontConfig("127.0.0.1", 0, HttpLimits.DEFAULTS, Duration.ofMillis(200)))
                .routeMatching(Pattern.compile("/c/[a-z0-9]+"), Set.of("GET"), call -> HttpAnswer.text(200, "ok"));
        front.start();

        HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + front.port() + "/c/abc")).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(405);
    }
}
