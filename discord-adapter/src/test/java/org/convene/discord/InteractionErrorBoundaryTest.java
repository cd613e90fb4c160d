package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.testing.CoreKit;
import org.convene.discord.interaction.MeetupListener;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInJda;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InteractionErrorBoundaryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final CoreKit kit = new CoreKit();
    private final DiscordStandIn discord = DiscordStandIn.start();
    private final Executor broken = task -> {
        throw new RejectedExecutionException("no worker left");
    };
    private final JDA jda = StandInJda.start(discord, builder -> builder.addEventListeners(
            new MeetupListener(kit.commands, kit.listGroups, kit.listEvents, Optional.empty(),
                    DiscordBot.formButtons(kit.commands, Optional.empty(), new DiscordRenderer(), broken),
                    new DiscordRenderer(), broken)));

    @AfterEach
    void stop() throws InterruptedException {
        jda.shutdown();
        if (!jda.awaitShutdown(TIMEOUT)) {
            jda.shutdownNow();
        }
        discord.close();
        kit.close();
    }

    @Test
    void anUnexpectedFailureInTheAdapterIsAnsweredWithAnApologyCarryingAnId() {
        SentInteraction groups = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("groups"));

        DataObject apology = discord.awaitRequest(
                DiscordHarness.webhook(groups, "POST", "/webhooks/{applicationId}/{token}"), TIMEOUT).bodyObject();
        assertThat(apology.getString("content")).matches("Sorry, something went wrong on our side \\(error id "
                + "[0-9a-f]{8}\\)\\..*");
        assertThat(apology.getInt("flags") & DiscordHarness.EPHEMERAL).isEqualTo(DiscordHarness.EPHEMERAL);
    }
}
