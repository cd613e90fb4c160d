package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A console run as Main starts it: the calendar command's addresses open on the instance's one HTTP server. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConsoleCalendarTest {

    private static final String PUBLIC_URL = "https://meet.example.org";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    private Application application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.stop();
        }
    }

    private HttpResponse<String> get(String address) throws Exception {
        String local = application.listening().orElseThrow() + address.substring(PUBLIC_URL.length());
        return CLIENT.send(HttpRequest.newBuilder(URI.create(local)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group();
    }

    @Test
    void theCalendarCommandOnTheConsoleGivesAPersonalFeedThatTheServerAnswersAndResetRevokesIt() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", "0", "CONVENE_PUBLIC_URL", PUBLIC_URL));
        Injector injector = Guice.createInjector(new CoreModule(settings));
        application = injector.getInstance(Application.class);
        application.prepare();
        Platforms.start(injector, settings, application);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        application.console(new ByteArrayInputStream("/meetup calendar\n/meetup visibility\n/meetup calendar reset\n"
                        .getBytes(StandardCharsets.UTF_8)), new PrintStream(output, true, StandardCharsets.UTF_8),
                false, List.of());

        String printed = output.toString(StandardCharsets.UTF_8);
        List<String> personal = Pattern.compile("https://meet\\.example\\.org/calendar/[0-9a-f]{64}\\.ics")
                .matcher(printed).results().map(match -> match.group()).distinct().toList();
        assertThat(printed).contains("webcal://meet.example.org/calendar/");
        assertThat(personal).hasSize(2);
        assertThat(get(personal.get(0)).statusCode()).isEqualTo(404);
        HttpResponse<String> feed = get(personal.get(1));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        String community = first(Pattern.compile("https://meet\\.example\\.org/c/[a-z0-9]+/calendar\\.ics"),
                printed);
        assertThat(get(community).statusCode()).isEqualTo(200);
    }
}
