package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class JdaSurvivesMalformedGatewayPayloadsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @AutoClose
    private final ConnectedStandIn connection = new ConnectedStandIn();
    private DiscordStandIn discord;
    private JDA jda;

    @ParameterizedTest
    @EnumSource(value = Compression.class)
    void malformedPayloadsAreDroppedAndALaterInteractionIsStillAnswered(Compression compression) {
        discord = connection.start();
        jda = connection.connect(builder -> builder.setCompression(compression)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.reply("still here").queue();
                    }
                }));

        discord.sendRawGatewayText("{this is not json");
        discord.dispatch("INTERACTION_CREATE", Map.of("id", "1", "type", 2, "token", "half-a-payload"));
        discord.dispatch("NOT_A_DISCORD_EVENT", Map.of("guild_id", "not-a-number"));
        SentInteraction afterwards = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"));

        RecordedRequest callback = discord.awaitCallback(afterwards, TIMEOUT);
        assertThat(callback.bodyObject().getObject("data").getString("content")).isEqualTo("still here");
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(discord.gatewayFrames())
                .filteredOn(frame -> frame.op() == GatewayFrame.IDENTIFY)
                .hasSize(1);
    }
}
