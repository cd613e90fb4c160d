package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole command path, text in and reply out, over a real database: good input works, bad input changes nothing. */
class CommandServiceTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final PlainTextRenderer renderer = new PlainTextRenderer(CoreKit.NEW_YORK);

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\" Coders in NYC libraries");
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private void assertRefusedAndUnchanged(String who, String text, String message) {
        kit.commands.actor(kit.caller(who, false));
        String before = kit.database.snapshot();
        Reply reply = run(who, false, text);
        assertThat(reply.failed()).isTrue();
        assertThat(reply.text().plain()).isEqualTo(message);
        assertThat(kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void anOrganizerPostsAndAMemberRsvpsByText() {
        kit.commands.actor(kit.caller("Olive", false));
        run("Ada", true, "organizer add code4libnyc Olive");
        Reply posted = run("Olive", false,
                "post code4libnyc \"Lightning talks\" when=\"2026-12-03 18:00\" for=2h capacity=1");
        assertThat(posted.failed()).as(posted.plain()).isFalse();
        long id = posted.cards().getFirst().eventId();

        Reply going = run("Grace", false, "rsvp " + id + " going");
        Reply waiting = run("Linus", false, "rsvp " + id);

        assertThat(going.text().plain()).startsWith("You're going to Lightning talks, ");
        assertThat(waiting.text().plain()).isEqualTo("Lightning talks is full; you are #1 on the waitlist. "
                + "You will be told as soon as a seat frees up.");
        assertThat(renderer.render(run("Grace", false, "events"))).contains("#" + id + " Lightning talks",
                "Thu Dec 3, 6:00 PM EST – 8:00 PM", "1 of 1 taken, 1 waiting", "[Going: /meetup rsvp " + id + " going]");
    }

    @Test
    void anRsvpToAnUnknownEventIsRefused() {
        assertRefusedAndUnchanged("Grace", "/meetup rsvp 999999",
                "There is no event #999999 here. Type /meetup events to see upcoming events and their numbers.");
    }

    @Test
    void anUnknownVerbIsRefused() {
        assertRefusedAndUnchanged("Grace", "/meetup frobnicate",
                "I do not know the command \"frobnicate\". Type /meetup help for the list.");
    }

    @Test
    void aPostInThePastIsRefused() {
        kit.commands.actor(kit.caller("Olive", false));
        run("Ada", true, "organizer add code4libnyc Olive");
        assertRefusedAndUnchanged("Olive", "/meetup post code4libnyc \"Talk\" when=\"yesterday 5pm\"",
                "The start, Sun Nov 1 2026, 5:00 PM EST, is in the past; give a time after now, "
                        + "like when=\"next thursday 6pm\".");
    }

    @Test
    void aPostByANonOrganizerIsRefused() {
        assertRefusedAndUnchanged("Grace", "/meetup post code4libnyc \"Talk\" when=\"tomorrow 6pm\"",
                "Only organizers of Code4LibNYC can post its events.");
    }

    @Test
    void aNegativeCapacityIsRefused() {
        kit.commands.actor(kit.caller("Olive", false));
        run("Ada", true, "organizer add code4libnyc Olive");
        assertRefusedAndUnchanged("Olive", "/meetup post code4libnyc \"Talk\" when=\"tomorrow 6pm\" capacity=-3",
                "Capacity must be at least 1 (you gave -3); leave it out for an event with no cap.");
    }

    @Test
    void anAdminChangesWhenRemindersGoOutAndAMemberMayNot() {
        Reply changed = run("Ada", true, "reminders channel=48h member=90m");
        assertRefusedAndUnchanged("Grace", "/meetup reminders link=1h",
                "Only community admins can change when reminders go out.");

        assertThat(changed.text().plain()).isEqualTo("Changed. The private link goes to confirmed attendees 24 hours "
                + "before an event; the channel reminder 48 hours before; each attendee's reminder 1 hour 30 minutes "
                + "before.");
        assertThat(run("Grace", false, "reminders").text().plain()).startsWith("The private link goes to confirmed "
                + "attendees 24 hours before an event; the channel reminder 48 hours before;");
        assertThat(run("Ada", true, "reminders member=soon").text().plain())
                .startsWith("I could not read member=\"soon\" as a length of time");
    }

    @Test
    void helpExplainsOneVerbWithExamples() {
        String help = renderer.render(run("Grace", false, "help rsvp"));

        assertThat(help).contains("/meetup rsvp <id> [going|maybe|no] [+N]", "/meetup rsvp 42 going +1");
    }

    @Test
    void anOrganizerGetsTheAttendeesAsCsv() {
        Reply posted = run("Ada", true, "post code4libnyc \"Talk\" when=\"tomorrow 6pm\" guests=1");
        assertThat(posted.failed()).as(posted.plain()).isFalse();
        long id = posted.cards().getFirst().eventId();
        run("Grace", false, "rsvp " + id + " going +1");

        Reply attendees = run("Ada", true, "attendees " + id + " csv");

        assertThat(attendees.attachment()).as(attendees.plain()).hasValueSatisfying(file -> assertThat(file.content())
                .startsWith("name,status,guests,waitlist_position,responded_at")
                .contains("Grace,going,1,,"));
    }

    @Test
    void thePrivateLinkAppearsInTheConfirmationOnceRevealed() {
        Reply posted = run("Ada", true, "post code4libnyc \"Book club\" when=\"tomorrow 6pm\" capacity=25 "
                + "link=https://video.example.org/room");
        long id = posted.cards().getFirst().eventId();
        kit.clock.advance(Duration.ofHours(12));

        assertThat(renderer.render(run("Grace", false, "rsvp " + id))).contains("https://video.example.org/room");
        assertThat(renderer.render(run("Linus", false, "rsvp " + id + " maybe")))
                .doesNotContain("https://video.example.org/room");
    }
}
