package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
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

/** A console run prints where its community's public page is, and that page serves the sample community. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConsolePublicPageTest {

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

    private static HttpResponse<String> get(String address) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theConsolePrintsTheCommunityPageAddressWhichServesTheSampleCommunityAndItsEvents() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_HTTP_HOST", "127.0.0.1", "CONVENE_HTTP_PORT", "0"));
        var injector = Guice.createInjector(new CoreModule(settings));
        application = injector.getInstance(Application.class);
        application.prepare();
        Platforms.start(injector, settings, application);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        application.console(new ByteArrayInputStream(new byte[0]), new PrintStream(output, true,
                StandardCharsets.UTF_8), false, List.of());

        List<String> lines = output.toString(StandardCharsets.UTF_8).lines().toList();
        String listening = application.listening().orElseThrow();
        assertThat(lines.get(1)).matches("The community's public page: " + Pattern.quote(listening)
                + "/c/[a-z0-9]{12}");
        String page = lines.get(1).substring("The community's public page: ".length());
        HttpResponse<String> community = get(page);
        assertThat(community.statusCode()).isEqualTo(200);
        assertThat(community.body()).contains("Code4LibNYC", "Book club: The Overstory")
                .doesNotContain("meet.example.org");
        Matcher event = Pattern.compile("href=\"(/c/[a-z0-9]+/e/[0-9]+)\">Book club").matcher(community.body());
        assertThat(event.find()).isTrue();
        HttpResponse<String> eventPage = get(listening + event.group(1));
        assertThat(eventPage.body()).containsPattern("<dd>[0-9]+ seats left</dd>").doesNotContain("convene-book-club");
        HttpResponse<String> calendar = get(listening + event.group(1) + "/calendar.ics");
        assertThat(calendar.body()).contains("BEGIN:VEVENT", "SUMMARY:Book club: The Overstory")
                .doesNotContain("convene-book-club");
    }
}
