package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.EPHEMERAL;
import static org.convene.discord.DiscordHarness.shown;

import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.StoppablePostgres;
import org.convene.core.testing.TestDatabase;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Discord member types {@code /meetup} while the bot's PostgreSQL server is stopped, then after it is back. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatabaseDownInteractionTest {

    private final StoppablePostgres server = StoppablePostgres.start();
    private final DiscordHarness harness = new DiscordHarness(new CoreKit(TestDatabase.opened(server.jdbcUrl())));

    @AfterEach
    void stop() throws InterruptedException {
        try {
            harness.close();
        } finally {
            server.close();
        }
    }

    @Test
    void aCommandWhileTheDatabaseIsStoppedIsAnsweredPrivatelyThatItCannotBeReachedAndNothingChanged() {
        harness.createGroup("code4libnyc", "Code4Lib NYC");
        server.stop();

        SentInteraction join = harness.discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("join")
                .option("group", "code4libnyc"));
        DataObject answer = harness.answer(join);

        assertThat(shown(answer)).containsPattern("Convene can't reach its database right now, so nothing was "
                + "changed\\. Try again in a minute \\(error id [0-9a-f]{8}\\)\\.");
        assertThat(harness.discord.awaitCallback(join, DiscordHarness.TIMEOUT).bodyObject().getObject("data")
                .getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);

        server.restart();
        harness.kit.database.awaitConnection();
        SentInteraction again = harness.discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("join")
                .option("group", "code4libnyc"));
        assertThat(shown(harness.answer(again))).contains("You joined Code4Lib NYC");
    }
}
