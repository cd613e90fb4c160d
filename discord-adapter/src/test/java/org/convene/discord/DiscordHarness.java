package org.convene.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.discord.interaction.MeetupListener;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.convene.discord.standin.StandInJda;

/** The core over a fresh database, the Discord stand-in, and a real JDA with the {@code /meetup} listener. */
final class DiscordHarness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final int EPHEMERAL = 1 << 6;

    final CoreKit kit;
    final DiscordStandIn discord;
    final JDA jda;
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

    /** A guild JDA has cached, for what needs one (channel posts, scheduled events); interactions default elsewhere. */
    final StandInGuild library = StandInGuild.named("Library Friends", StandInChannel.named("meetups"));

    DiscordHarness() {
        this(new CoreKit());
    }

    /** The same over a core the test made, for instance on a database it stops. */
    DiscordHarness(CoreKit kit) {
        this.kit = kit;
        discord = DiscordStandIn.start(library);
        DiscordRenderer renderer = new DiscordRenderer();
        MeetupListener listener = new MeetupListener(kit.commands, kit.listGroups, kit.listEvents,
                java.util.Optional.of(kit.datePolls), DiscordBot.formButtons(kit.commands,
                java.util.Optional.of(kit.datePolls), renderer, work), renderer, work);
        jda = StandInJda.start(discord, builder -> builder.addEventListeners(listener));
    }

    /** The person at this origin as the core sees them when they type on Discord. */
    Caller caller(InteractionOrigin origin, boolean admin) {
        String guild = Long.toUnsignedString(origin.guildId());
        return new Caller(new SpaceRef(Platform.DISCORD, guild), "Library Friends",
                new Identity(Platform.DISCORD, Long.toUnsignedString(origin.user().id())), origin.user().username(),
                admin, new ChannelRef(Platform.DISCORD, guild, Long.toUnsignedString(origin.channelId())));
    }

    /** An admin of the default guild creates a group, straight through the core. */
    void createGroup(String slug, String name) {
        createGroup(discord.defaultOrigin(), slug, name);
    }

    void createGroup(InteractionOrigin where, String slug, String name) {
        Reply reply = kit.commands.run(caller(where, true), new Command.GroupCreate(slug, name, null));
        if (reply.failed()) {
            throw new AssertionError(reply.plain());
        }
    }

    /** An admin of the default guild posts an event and gets its id. */
    long postEvent(String group, String title, String capacity) {
        return postEvent(discord.defaultOrigin(), group, title, capacity);
    }

    long postEvent(InteractionOrigin where, String group, String title, String capacity) {
        EventOptions options = new EventOptions(title, "Bring your ideas", "2026-12-03 18:00", null, "2h",
                "Library, room 2", null, null, capacity, null, null, null);
        Reply reply = kit.commands.run(caller(where, true), new Command.Post(group, options));
        if (reply.failed()) {
            throw new AssertionError(reply.plain());
        }
        return reply.cards().getFirst().eventId();
    }

    /** The answer that replaced the deferred "thinking" reply of an interaction. */
    DataObject answer(SentInteraction interaction) {
        return discord.awaitRequest(webhook(interaction, "PATCH", "/webhooks/{applicationId}/{token}/messages/@original"),
                TIMEOUT).bodyObject();
    }

    /** A follow-up message sent on an interaction's token. */
    DataObject followUp(SentInteraction interaction) {
        return discord.awaitRequest(webhook(interaction, "POST", "/webhooks/{applicationId}/{token}"), TIMEOUT)
                .bodyObject();
    }

    static Predicate<RecordedRequest> webhook(SentInteraction interaction, String method, String template) {
        Predicate<RecordedRequest> onToken = interaction.webhook();
        Predicate<RecordedRequest> route = RecordedRequest.to(method, template);
        return new Predicate<>() {
            @Override
            public boolean test(RecordedRequest request) {
                return onToken.test(request) && route.test(request);
            }

            @Override
            public String toString() {
                return method + " " + template + " on " + onToken;
            }
        };
    }

    /** Everything a message shows, as one text: content, embed titles, descriptions and fields. */
    static String shown(DataObject message) {
        StringBuilder text = new StringBuilder(message.getString("content", ""));
        message.optArray("embeds").ifPresent(embeds -> {
            for (int index = 0; index < embeds.length(); index++) {
                DataObject embed = embeds.getObject(index);
                text.append('\n').append(embed.getString("title", "")).append('\n')
                        .append(embed.getString("description", ""));
                embed.optArray("fields").ifPresent(fields -> {
                    for (int field = 0; field < fields.length(); field++) {
                        text.append('\n').append(fields.getObject(field).getString("name")).append(": ")
                                .append(fields.getObject(field).getString("value"));
                    }
                });
            }
        });
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            jda.shutdown();
            if (!jda.awaitShutdown(TIMEOUT)) {
                jda.shutdownNow();
            }
            work.shutdownNow();
        } finally {
            discord.close();
            kit.close();
        }
    }
}
