package org.convene.discord.standin;

import java.time.Duration;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;

/** The stand-in a test starts and the JDA it connects to it, both shut down when the test ends. */
final class ConnectedStandIn implements AutoCloseable {

    private static final Duration SHUTDOWN = Duration.ofSeconds(15);

    private DiscordStandIn discord;
    private JDA jda;

    /** Starts the stand-in with these guilds in JDA's cache. */
    DiscordStandIn start(StandInGuild... cachedGuilds) {
        discord = DiscordStandIn.start(cachedGuilds);
        return discord;
    }

    /** A ready light JDA on the started stand-in. */
    JDA connect() {
        return connect(builder -> {
        });
    }

    /** A ready light JDA on the started stand-in, after the customizer had its say. */
    JDA connect(Consumer<JDABuilder> customizer) {
        jda = StandInJda.start(discord, customizer);
        return jda;
    }

    @Override
    public void close() throws InterruptedException {
        if (jda != null) {
            jda.shutdownNow();
            jda.awaitShutdown(SHUTDOWN);
        }
        if (discord != null) {
            discord.close();
        }
    }
}
