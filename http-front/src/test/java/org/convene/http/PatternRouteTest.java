package org.convene.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatternRouteTest {

    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return FrontClient.get(front, path);
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

        HttpResponse<String> posted = FrontClient.send(HttpRequest.newBuilder(FrontClient.address(front, "/c/abc"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(posted.statusCode()).isEqualTo(405);
    }
}
