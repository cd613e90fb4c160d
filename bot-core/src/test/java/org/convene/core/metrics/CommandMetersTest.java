package org.convene.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands are timed by verb and outcome, and RSVPs counted by where they land, over the real command path. */
class CommandMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CoreKit kit;

    @BeforeEach
    void setUp() {
        kit = new CoreKit(TestDatabase.fresh(), registry);
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\" Coders in NYC libraries");
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    private long commands(String verb, String outcome) {
        Timer timer = registry.find("convene.commands").tags("verb", verb, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double rsvps(String result) {
        Counter counter = registry.find("convene.rsvps").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void eachCommandIsTimedUnderItsVerbAndOutcome() {
        run("Grace", false, "help");
        run("Grace", false, "/meetup help rsvp");
        run("Grace", false, "/meetup frobnicate the widgets");
        run("Grace", false, "post code4libnyc \"Talk\" when=\"tomorrow 6pm\"");

        assertThat(commands("help", "ok")).isEqualTo(2);
        assertThat(commands("unknown", "refused")).isEqualTo(1);
        assertThat(commands("post", "refused")).isEqualTo(1);
        assertThat(commands("group", "ok")).isEqualTo(1);
        assertThat(registry.find("convene.commands").timers()).allSatisfy(timer ->
                assertThat(timer.getId().getTag("verb")).doesNotContain(" ", "frobnicate", "Talk"));
    }

    @Test
    void aCommandThatThrowsIsTimedAsFailedAndStillThrows() {
        CommandMeters meters = new CommandMeters(registry);

        assertThatThrownBy(() -> meters.time("events", () -> {
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(commands("events", "failed")).isEqualTo(1);
    }

    @Test
    void rsvpsAreCountedByWhereTheyLandAndPromotionsBesideThem() {
        kit.commands.actor(kit.caller("Olive", false));
        run("Ada", true, "organizer add code4libnyc Olive");
        long id = run("Olive", false, "post code4libnyc \"Lightning talks\" when=\"2026-12-03 18:00\" capacity=1")
                .cards().getFirst().eventId();

        run("Grace", false, "rsvp " + id + " going");
        run("Linus", false, "rsvp " + id + " going");
        run("Mona", false, "rsvp " + id + " maybe");
        run("Grace", false, "rsvp " + id + " no");
        run("Grace", false, "rsvp 999999 going");

        assertThat(rsvps("going")).isEqualTo(1);
        assertThat(rsvps("waitlisted")).isEqualTo(1);
        assertThat(rsvps("maybe")).isEqualTo(1);
        assertThat(rsvps("no")).isEqualTo(1);
        assertThat(rsvps("promoted")).isEqualTo(1);
        assertThat(rsvps("refused")).isEqualTo(1);
        assertThat(commands("rsvp", "ok")).isEqualTo(4);
        assertThat(commands("rsvp", "refused")).isEqualTo(1);
    }

    @Test
    void theVerbOfTypedTextIsAKnownWordOrUnknown() {
        assertThat(CommandMeters.verbOf("/meetup announce-here code4libnyc")).isEqualTo("announce-here");
        assertThat(CommandMeters.verbOf("RSVP 42")).isEqualTo("rsvp");
        assertThat(CommandMeters.verbOf("https://meet.example/secret")).isEqualTo("unknown");
        assertThat(CommandMeters.verbOf("   ")).isEqualTo("unknown");
    }
}
