package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.convene.core.programme.PublicPaths;
import org.convene.http.FrontClient;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublicPageRoutesTest {

    private static final String HOSTILE = "<script>window.pwned=1</script>\"><img src=x onerror=alert(1)></script>";

    private HttpFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.stop();
        }
    }

    private void start(String title) throws Exception {
        front = new PublicPageRoutes(new FixedPageSource(title), new PageRenderer(), "https://meetups.example.org")
                .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0)));
        front.start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return FrontClient.get(front, path);
    }

    @Test
    void hostileTitleIsEscapedOnEveryPageAndCannotCloseTheJsonLdScript() throws Exception {
        start(HOSTILE);

        for (String path : new String[] {PublicPaths.community(FixedPageSource.KEY),
                PublicPaths.group(FixedPageSource.KEY, "code4libnyc"), PublicPaths.event(FixedPageSource.KEY, 41),
                PublicPaths.embed(FixedPageSource.KEY)}) {
            String html = get(path).body();
            assertThat(html).as(path).doesNotContain("<script>window", "<img src=x", "\"><img")
                    .contains("&lt;script&gt;window.pwned&#x3D;1&lt;/script&gt;");
        }
        String event = get(PublicPaths.event(FixedPageSource.KEY, 41)).body();
        String jsonLd = event.substring(event.indexOf("<script type=\"application/ld+json\">"));
        jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>"));
        assertThat(jsonLd).contains("\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e")
                .contains("\"@type\":\"Event\"").contains("\"startDate\":\"2026-12-03T18:00:00-05:00\"");
    }

    @Test
    void pagesForbidFramingAndForeignScriptWhileTheEmbedMayBeFramedAnywhere() throws Exception {
        start("Winter meetup");

        HttpResponse<String> page = get(PublicPaths.community(FixedPageSource.KEY));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        HttpResponse<String> embed = get(PublicPaths.embed(FixedPageSource.KEY));
        assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors *").contains("script-src 'self'"));
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.body()).contains("target=\"_blank\"").contains("Winter meetup");
    }

    @Test
    void unknownCommunityGroupOrEventIsNotFound() throws Exception {
        start("Winter meetup");

        assertThat(get("/c/nope").statusCode()).isEqualTo(404);
        assertThat(get("/c/").statusCode()).isEqualTo(404);
        assertThat(get("/c/" + FixedPageSource.KEY + "/g/nope").statusCode()).isEqualTo(404);
        assertThat(get("/c/" + FixedPageSource.KEY + "/e/999").statusCode()).isEqualTo(404);
        assertThat(get("/c/" + FixedPageSource.KEY + "/e/abc").statusCode()).isEqualTo(404);
        assertThat(get("/c/nope/e/41/calendar.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void eventPageShowsWhenInTheCommunityZoneWhereSeatsAndWhereToAnswer() throws Exception {
        start("Winter meetup");

        String cancelled = get(PublicPaths.event(FixedPageSource.KEY, 42)).body();
        assertThat(cancelled).contains("<time datetime=\"2026-12-03T23:00:00Z\" data-local>Thu, Dec 3, 2026, 6:00 PM EST")
                .contains("2 hours").contains("Room 2, 5th Ave Library, and online")
                .contains("Full; 2 people on the waitlist").contains("Cancelled.").contains("Snow storm")
                .contains("every other week").contains("Ada Organizer")
                .contains("href=\"https://discord.com/channels/81384788765712384/81384788765712385\">Answer in Discord")
                .contains("href=\"https://slack.com/app_redirect?team&#x3D;T012AB3C4&amp;channel&#x3D;C0123456\">"
                        + "Answer in Slack")
                .contains("schema.org/EventCancelled");
        HttpResponse<String> calendar = get(PublicPaths.eventCalendar(FixedPageSource.KEY, 41));
        assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/calendar"));
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");
    }
}
