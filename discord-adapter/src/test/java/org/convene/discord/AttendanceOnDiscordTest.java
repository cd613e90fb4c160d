package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.MODAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.shown;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Command;
import org.convene.core.domain.Answer;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Attendance on Discord, end to end through the real JDA: {@code /meetup attendance ...} and the Check in form. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AttendanceOnDiscordTest {

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin admin = harness.admin();
    private final InteractionOrigin grace = harness.member("grace");
    private final InteractionOrigin linus = harness.member("linus");
    private long eventId;

    @BeforeEach
    void postAndAnswer() {
        eventId = harness.bookclubEvent("The Overstory", "10");
        for (InteractionOrigin member : new InteractionOrigin[] {grace, linus}) {
            assertThat(harness.kit.commands.run(harness.caller(member, false),
                    new Command.Rsvp(eventId, Answer.GOING, 0)).failed()).isFalse();
        }
    }

    private static SlashCommand attendance(String subcommand) {
        return SlashCommand.named("meetup").subcommand("attendance", subcommand);
    }

    private String answerTo(SlashCommand command, InteractionOrigin origin) {
        return shown(harness.answer(harness.discord.sendSlashCommand(command, origin)));
    }

    @Test
    void membersCheckInByCommandAndThroughTheCheckInFormAndOrganizersSeeWhoCame() {
        assertThat(answerTo(attendance("code").option("event", eventId), admin)).contains("Check-in code for #"
                + eventId);
        String code = harness.kit.attendanceRecords.sheet(eventId).orElseThrow().code();
        harness.kit.clock.set(harness.kit.events.byId(eventId).orElseThrow().startsAt().minus(Duration.ofMinutes(5)));

        assertThat(answerTo(attendance("checkin").option("event", eventId).option("code", "WRONG"), grace))
                .contains("not the check-in code");
        assertThat(answerTo(attendance("checkin").option("event", eventId).option("code", code), grace))
                .contains("Checked in to #" + eventId);

        SentInteraction click = harness.discord.sendButtonClick("checkin " + eventId, linus);
        DataObject form = harness.discord.awaitCallback(click, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        assertThat(form.getObject("data").getString("custom_id")).isEqualTo("checkin:" + eventId);
        SentInteraction submit = harness.discord.sendModalSubmit("checkin:" + eventId, Map.of("code", code), linus);
        assertThat(shown(harness.answer(submit))).contains("Checked in to #" + eventId);

        assertThat(answerTo(attendance("list").option("event", eventId), admin)).contains("2 came");
        assertThat(harness.discord.unknownRouteRequests()).isEmpty();
    }

    @Test
    void organizersMarkAndCloseAndAMemberSeesTheirNoShow() {
        harness.kit.clock.set(harness.kit.events.byId(eventId).orElseThrow().startsAt().plus(Duration.ofMinutes(5)));

        assertThat(answerTo(attendance("mark").option("event", eventId).option("user", grace.user()), admin))
                .contains("Marked grace as here");
        assertThat(answerTo(attendance("close").option("event", eventId), admin)).contains("1 came, 1 no-show");
        assertThat(answerTo(attendance("mine"), linus)).contains("1 no-show counts");
        assertThat(answerTo(attendance("expiry").option("days", 30L), linus))
                .contains("Only community admins can change how long a no-show counts");
    }
}
