package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.GatewayPingEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class JdaConnectsToStandInTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @AutoClose
    private final ConnectedStandIn connection = new ConnectedStandIn();
    private DiscordStandIn discord;
    private JDA jda;

    @Test
    void jdaReachesReadyAsTheStandInsBotWithinTheTimeout() {
        discord = connection.start();

        jda = connection.connect();

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(discord.botUser().id());
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());
        assertThat(jda.getGuilds()).isEmpty();
        RecordedRequest login = discord.awaitRequest(RecordedRequest.to("GET", "/users/@me"), TIMEOUT);
        assertThat(login.header("authorization")).contains("Bot " + discord.botToken());
        GatewayFrame identify = discord.awaitGatewayFrame(frame -> frame.op() == GatewayFrame.IDENTIFY, TIMEOUT);
        assertThat(identify.data().getString("token")).isEqualTo(discord.botToken());
    }

    @Test
    void heartbeatsAreAcknowledgedSoJdaMeasuresAGatewayPing() throws Exception {
        discord = connection.start();
        CompletableFuture<GatewayPingEvent> ping = new CompletableFuture<>();

        jda = connection.connect(builder -> builder.addEventListeners(new ListenerAdapter() {
            @Override
            public void onGatewayPing(GatewayPingEvent event) {
                ping.complete(event);
            }
        }));

        assertThat(ping.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getNewPing()).isNotNegative();
        assertThat(discord.gatewayFrames()).anyMatch(frame -> frame.op() == GatewayFrame.HEARTBEAT);
    }

    @Test
    void jdaAlsoConnectsWithoutGatewayCompression() {
        discord = connection.start();

        jda = connection.connect(builder -> builder.setCompression(Compression.NONE));

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
    }

    @Test
    void guildsGivenToTheStandInAreCachedWithTheirChannelsAndTheBotsRole() {
        StandInChannel meetups = StandInChannel.named("meetups");
        StandInGuild library = StandInGuild.named("Library Friends", meetups, StandInChannel.named("general"));
        discord = connection.start(library);

        jda = connection.connect();

        Guild guild = jda.getGuildById(library.id());
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Library Friends");
        assertThat(guild.getTextChannels()).extracting(TextChannel::getName)
                .containsExactly("meetups", "general");
        assertThat(guild.getSelfMember().getRoles()).extracting(Role::getIdLong)
                .containsExactly(library.botRoleId());
        assertThat(guild.getSelfMember().hasPermission(guild.getTextChannelById(meetups.id()), Permission.MESSAGE_SEND))
                .isTrue();
        assertThat(guild.getSelfMember().hasPermission(Permission.MANAGE_SERVER)).isFalse();
    }

    @Test
    void aShardManagerConnectsItsOnlyShard() throws Exception {
        discord = connection.start();
        CompletableFuture<JDA> connected = new CompletableFuture<>();
        ShardManager shards = DefaultShardManagerBuilder.createLight(
                        discord.botToken(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new StandInSessionController(discord.gatewayUrl()))
                .setEnableShutdownHook(false)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onStatusChange(StatusChangeEvent event) {
                        if (event.getNewStatus() == JDA.Status.CONNECTED) {
                            connected.complete(event.getJDA());
                        }
                    }
                })
                .build();
        try {
            JDA shard = connected.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

            assertThat(shard.getShardInfo().getShardTotal()).isEqualTo(1);
            GatewayFrame identify = discord.awaitGatewayFrame(frame -> frame.op() == GatewayFrame.IDENTIFY, TIMEOUT);
            assertThat(identify.data().getArray("shard").getInt(0)).isZero();
        } finally {
            List<JDA> started = List.copyOf(shards.getShards());
            shards.shutdown();
            for (JDA shard : started) {
                shard.shutdownNow();
                shard.awaitShutdown(TIMEOUT);
            }
        }
    }

    @Test
    void aWrongTokenIsRefusedLikeDiscordDoes() {
        discord = connection.start();
        JDABuilder builder = JDABuilder.createLight("not-the-token", EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new StandInSessionController(discord.gatewayUrl()))
                .setEnableShutdownHook(false);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidTokenException.class);
        assertThat(discord.awaitRequest(RecordedRequest.to("GET", "/users/@me"), TIMEOUT).status()).isEqualTo(401);
    }
}
