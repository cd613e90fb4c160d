package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A date poll typed on the console, wired as Main wires it: opened, voted, closed and posted with one command. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConsoleDatePollTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anOrganizerOpensAPollAMemberVotesAndClosingWithPostPostsTheWinningDateAndShowsThePostCommand() {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        Injector injector = Guice.createInjector(new CoreModule(settings));
        Application application = injector.getInstance(Application.class);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            application.prepare();
            application.console(new ByteArrayInputStream(String.join("\n",
                    "/as Olive Organizer",
                    "/meetup poll code4libnyc \"Hack night\" \"2099-03-02 18:00\" \"2099-03-09 18:00\" for=2h "
                            + "where=\"Room 4\"",
                    "/as Dana",
                    "/meetup poll vote 1 2",
                    "/as Olive Organizer",
                    "/meetup poll close 1",
                    "/meetup poll close 1 post",
                    "").getBytes(StandardCharsets.UTF_8)), new PrintStream(output, true, StandardCharsets.UTF_8),
                    false, List.of());
        } finally {
            application.stop();
        }

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Poll #1 is open").contains("poll vote 1 2").contains("You picked")
                .contains("Poll #1 is closed").contains("poll close 1 post")
                .contains("is closed and its event is posted as #")
                .contains("/meetup post code4libnyc \"Hack night\" when=\"2099-03-09 18:00\" for=2h where=\"Room 4\"");
    }
}
