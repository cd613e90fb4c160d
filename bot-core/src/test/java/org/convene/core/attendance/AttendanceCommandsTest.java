package org.convene.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.core.domain.Event;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The text commands {@code checkin} and {@code attendance}, as typed on the console and Slack. */
class AttendanceCommandsTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Event event;

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create bookclub \"Book Club\"");
        long id = run("Ada", true, "post bookclub \"Overstory\" when=\"2026-11-05 18:00\" for=2h capacity=2")
                .cards().getFirst().eventId();
        event = kit.events.byId(id).orElseThrow();
        run("Grace", false, "rsvp " + id + " going");
        run("Linus", false, "rsvp " + id + " going");
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    @Test
    void anAttendeeChecksInWithTheCodeTheOrganizersShow() {
        String shown = run("Ada", true, "attendance " + event.id() + " code").plain();
        String code = kit.attendanceRecords.sheet(event.id()).orElseThrow().code();
        assertThat(shown).contains("Check-in code for #" + event.id() + ": " + code);
        kit.clock.set(event.startsAt().minus(Duration.ofMinutes(10)));

        assertThat(run("Grace", false, "checkin " + event.id() + " " + code).plain())
                .isEqualTo("Checked in to #" + event.id() + " Overstory. Welcome!");
        assertThat(run("Grace", false, "checkin " + event.id() + " " + code).plain())
                .isEqualTo("You were already checked in to #" + event.id() + " Overstory.");
        assertThat(run("Ada", true, "attendance " + event.id()).plain()).contains("1 came", "Came (1): Grace",
                "Not checked in (1): Linus");
    }

    @Test
    void organizersMarkCloseAndMembersSeeTheirOwnRecord() {
        kit.clock.set(event.startsAt().plus(Duration.ofMinutes(10)));
        assertThat(run("Ada", true, "attendance " + event.id() + " mark @Grace").plain()).startsWith("Marked Grace "
                + "as here.");
        assertThat(run("Ada", true, "attendance " + event.id() + " close").plain()).contains("1 came, 1 no-show "
                + "(attendance closed)", "No-shows (1): Linus");

        assertThat(run("Linus", false, "attendance mine").plain()).contains("1 no-show counts (a no-show counts for "
                + "180 days)", "#" + event.id() + " Overstory", ": no-show");
        assertThat(run("Grace", false, "attendance mine").plain()).contains("0 no-shows count", ": came");
    }

    @Test
    void onlyOrganizersUseAnEventsAttendanceAndOnlyAdminsChangeTheExpiry() {
        assertThat(run("Grace", false, "attendance " + event.id() + " code").plain())
                .isEqualTo("Only organizers of Book Club can see who came.");
        assertThat(run("Grace", false, "attendance expiry=30d").plain())
                .isEqualTo("Only community admins can change how long a no-show counts.");
        assertThat(run("Grace", false, "attendance expiry").plain()).startsWith("A no-show counts for 180 days.");
        assertThat(run("Ada", true, "attendance expiry=12w").plain())
                .isEqualTo("Changed. A no-show now counts for 84 days.");
    }

    @Test
    void theAttendeeExportSaysWhoCheckedIn() {
        kit.clock.set(event.startsAt());
        run("Ada", true, "attendance " + event.id() + " mark Grace");

        String csv = run("Ada", true, "attendees " + event.id() + " csv").attachment().orElseThrow().content();

        assertThat(csv.lines().toList()).first().asString().endsWith(",checked_in");
        assertThat(csv.lines().filter(line -> line.startsWith("Grace,")).findFirst().orElseThrow()).endsWith(",yes");
        assertThat(csv.lines().filter(line -> line.startsWith("Linus,")).findFirst().orElseThrow()).endsWith(",no");
    }

    @Test
    void theNoShowRuleIsSetBeforeAnyoneAnswersAndMistakesAreExplained() {
        long fresh = run("Ada", true, "post bookclub \"Lightning talks\" when=\"2026-11-06 18:00\" capacity=10")
                .cards().getFirst().eventId();

        assertThat(run("Ada", true, "attendance " + fresh + " noshows=behind").plain()).contains("wait behind");
        assertThat(run("Grace", false, "event " + fresh).plain()).contains("Members with a recent no-show wait "
                + "behind others");
        assertThat(run("Ada", true, "attendance " + fresh + " noshows=sometimes").plain()).startsWith("noshows="
                + "sometimes is not a rule I know");
        assertThat(run("Ada", true, "attendance " + fresh + " dance").plain()).startsWith("After the event's "
                + "number, type code");
        assertThat(run("Grace", false, "checkin " + fresh).plain()).startsWith("Missing the check-in code.");
    }

    @Test
    void postAndEditTakeTheNoShowRuleWhichTheAnnouncementShows() {
        kit.bindChannel.bind(kit.admin(), "bookclub", new org.convene.core.domain.ChannelRef(
                org.convene.core.domain.Platform.CONSOLE, "library-council", "general"));
        Reply posted = run("Ada", true, "post bookclub \"Lightning talks\" when=\"2026-11-06 18:00\" capacity=10 "
                + "noshows=behind");
        long id = posted.cards().getFirst().eventId();
        assertThat(posted.plain()).contains("Waitlist: Members with a recent no-show wait behind others");
        kit.worker("console").drain();
        assertThat(kit.console.deliveries()).anySatisfy(delivery -> assertThat(delivery.message().plain())
                .contains("New event in Book Club", "Members with a recent no-show wait behind others"));

        assertThat(run("Ada", true, "edit " + id + " noshows=equal").plain()).doesNotContain("no-show wait");
        run("Grace", false, "rsvp " + id + " going");
        assertThat(run("Ada", true, "edit " + id + " noshows=behind capacity=12").plain())
                .startsWith("Members have already answered");
        assertThat(kit.events.byId(id).orElseThrow().capacity()).isEqualTo(10);
    }

    @Test
    void theCardOffersCheckInToConfirmedAttendeesDuringTheWindow() {
        java.util.function.Function<String, java.util.List<String>> buttons = who -> run(who, false,
                "event " + event.id()).cards().getFirst().buttons().stream()
                .map(org.convene.core.reply.Button::command).toList();
        run("Barbara", false, "rsvp " + event.id() + " going");
        assertThat(buttons.apply("Grace")).doesNotContain("checkin " + event.id());

        kit.clock.set(event.startsAt().minus(Duration.ofMinutes(30)));

        assertThat(buttons.apply("Grace")).first().isEqualTo("checkin " + event.id());
        assertThat(buttons.apply("Barbara")).doesNotContain("checkin " + event.id());
        kit.clock.set(event.endsAt());
        assertThat(buttons.apply("Grace")).doesNotContain("checkin " + event.id());
    }
}
