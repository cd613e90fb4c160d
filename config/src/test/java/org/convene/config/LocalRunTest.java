package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run as a user meets it: the real wiring, an embedded PostgreSQL in a data directory, piped commands. */
class LocalRunTest {

    @TempDir
    Path dataDirectory;

    private String run(String... lines) {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        Application application = Guice.createInjector(new CoreModule(settings)).getInstance(Application.class);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            application.prepare();
            application.console(new ByteArrayInputStream((String.join("\n", lines) + "\n")
                    .getBytes(StandardCharsets.UTF_8)), new PrintStream(output, true, StandardCharsets.UTF_8), false,
                    java.util.List.of());
        } finally {
            application.stop();
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFirstRunShowsTheSampleGroupsAndEventsAndAnRsvpLastsIntoTheNextRun() {
        String first = run("/meetup groups", "/meetup events", "/as Dana", "/meetup rsvp 1 going");

        assertThat(first).contains("5 groups in this community:", "Code4LibNYC", "Digital Preservation",
                "Accessibility (A11y) in Libraries", "Library Resource Sharing/Interlibrary Loan",
                "Prison Library Support Network", "Book club: The Overstory", "Community chat", "Networking hour",
                "3 of 25 taken", "You are now Dana.", "You're going to Book club: The Overstory");

        String second = run("/as Dana", "/meetup mine", "/meetup groups");

        assertThat(second).contains("Your groups: Code4LibNYC.", "#1 Book club: The Overstory", "You: Going",
                "4 of 25 taken");
        assertThat(second).containsOnlyOnce("5 groups in this community:");
    }

    @Test
    void badInputGetsASpecificMessage() {
        String output = run("/meetup rsvp 999999", "/meetup frobnicate", "/as Olive Organizer",
                "/meetup post code4libnyc \"Talk\" when=\"yesterday 5pm\"", "/as Grace",
                "/meetup post code4libnyc \"Talk\" when=\"tomorrow 6pm\"", "/as Olive Organizer",
                "/meetup post code4libnyc \"Talk\" when=\"tomorrow 6pm\" capacity=-3", "hello");

        assertThat(output).contains("! There is no event #999999 here.",
                "! I do not know the command \"frobnicate\".", "is in the past; give a time after now",
                "! Only organizers of Code4LibNYC can post its events.",
                "! Capacity must be at least 1 (you gave -3)", "! Commands start with /meetup");
    }

    @Test
    void postingPrintsTheAnnouncementAndAPromotionPrintsTheMembersDirectMessage() {
        String output = run("/as Olive Organizer", "/meetup announce-here code4libnyc",
                "/meetup post code4libnyc \"Hack night\" when=\"2026-12-10 18:00\" capacity=1",
                "/as Grace", "/meetup rsvp 10 going", "/as Linus", "/meetup rsvp 10 going",
                "/as Grace", "/meetup rsvp 10 no");

        assertThat(output).contains("[in #general] New event in Code4LibNYC: Hack night",
                "Hack night is full; you are #1 on the waitlist.",
                "[direct message to linus] A seat freed up: you're now going to Hack night");
    }

    @Test
    void theSampleOrganizersAndAdminAreListed() {
        assertThat(run("/as")).contains("admins Ada Admin", "organizers Olive Organizer, Sam Archivist, "
                + "Priya Cataloger", "Any other name becomes a new member.");
    }
}
