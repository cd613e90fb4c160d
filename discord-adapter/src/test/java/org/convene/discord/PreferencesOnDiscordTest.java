package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.shown;

import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /meetup profile}'s mute option suggests groups as typed and mutes that group's reminders; real JDA. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreferencesOnDiscordTest {

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();

    @Test
    void aMemberPicksAGroupToMuteByAutocompleteAndIsToldThePrivateLinkStillComes() {
        harness.createGroup("bookclub", "Book club");
        harness.createGroup("code4libnyc", "Code4Lib NYC");

        SentInteraction typing = harness.discord.sendAutocomplete(SlashCommand.named("meetup").subcommand("profile")
                .focused("mute", "book"));
        assertThat(harness.discord.awaitCallback(typing, TIMEOUT).bodyObject().getObject("data").getArray("choices")
                .stream(DataArray::getObject).map(choice -> choice.getString("value")).toList())
                .containsExactly("bookclub");
        SentInteraction mute = harness.discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("profile")
                .option("mute", "bookclub"));

        assertThat(shown(harness.answer(mute))).contains("Member reminders muted for: bookclub",
                "You still get the private link");
    }
}
