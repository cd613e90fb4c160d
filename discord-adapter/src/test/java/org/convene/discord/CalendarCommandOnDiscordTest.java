package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.EPHEMERAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.shown;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The calendar, profile and visibility subcommands through the real JDA against the Discord stand-in. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CalendarCommandOnDiscordTest {

    private static final Pattern PERSONAL = Pattern.compile(
            "https://meet\\.example\\.org/calendar/([0-9a-f]{64})\\.ics");

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin ada = harness.discord.defaultOrigin();

    private static SlashCommand meetup(String subcommand) {
        return SlashCommand.named("meetup").subcommand(subcommand);
    }

    private static String secretIn(String shown) {
        Matcher matcher = PERSONAL.matcher(shown);
        assertThat(matcher.find()).as(shown).isTrue();
        return matcher.group(1);
    }

    @Test
    void calendarAnswersEphemerallyWithTheFeedsAddressesAndResetReplacesThem() {
        SentInteraction calendar = harness.discord.sendSlashCommand(meetup("calendar"), ada);
        DataObject deferral = harness.discord.awaitCallback(calendar, TIMEOUT).bodyObject();
        String first = shown(harness.answer(calendar));

        SentInteraction reset = harness.discord.sendSlashCommand(meetup("calendar").option("reset", true), ada);
        String second = shown(harness.answer(reset));

        assertThat(deferral.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        String old = secretIn(first);
        assertThat(first).contains("webcal://meet.example.org/calendar/" + old + ".ics");
        String renewed = secretIn(second);
        assertThat(renewed).isNotEqualTo(old);
        assertThat(harness.kit.personalCalendars.feed(old)).isEmpty();
        assertThat(harness.kit.personalCalendars.feed(renewed)).isPresent();
    }

    @Test
    void aMemberChoosesToBeListedAndAManageServerMemberMakesTheCommunityPrivate() {
        SentInteraction profile = harness.discord.sendSlashCommand(meetup("profile").option("listed", true), ada);
        assertThat(shown(harness.answer(profile))).contains("Your name is listed");
        SentInteraction refused = harness.discord.sendSlashCommand(meetup("visibility").option("set", "private"),
                ada);
        assertThat(shown(harness.answer(refused))).contains("Only community admins can");

        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);
        SentInteraction made = harness.discord.sendSlashCommand(meetup("visibility").option("set", "private"),
                admin);

        assertThat(shown(harness.answer(made))).contains("This community is private");
    }
}
