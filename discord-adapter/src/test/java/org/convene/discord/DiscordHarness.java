package org.convene.discord;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
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
import org.convene.discord.standin.StandInUser;

/** The core over a fresh database, the Discord stand-in, and a real JDA with the {@code /meetup} listener. */
final class DiscordHarness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final int EPHEMERAL = 1 << 6;
    /** The interaction callback type of a form. */
    static final int MODAL = 9;
    static final String BOOKCLUB = "bookclub";

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
                Optional.of(kit.datePolls), DiscordBot.formButtons(kit.commands,
                Optional.of(kit.datePolls), renderer, work), renderer, work);
        jda = StandInJda.start(discord, builder -> builder.addEventListeners(listener));
    }

    /** The person at this origin as the core sees them when they type on Discord. */
    Caller caller(InteractionOrigin origin, boolean admin) {
        String guild = Long.toUnsignedString(origin.guildId());
        return new Caller(new SpaceRef(Platform.DISCORD, guild), "Library Friends",
                new Identity(Platform.DISCORD, Long.toUnsignedString(origin.user().id())), origin.user().username(),
                admin, new ChannelRef(Platform.DISCORD, guild, Long.toUnsignedString(origin.channelId())));
    }

    /** Someone with Manage Server in the default guild, where interactions come from unless a test says otherwise. */
    InteractionOrigin admin() {
        return discord.defaultOrigin().withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);
    }

    /** A member of the default guild without special permissions. */
    InteractionOrigin member(String name) {
        return discord.defaultOrigin().by(StandInUser.named(name));
    }

    /** The "bookclub" group, made by an admin of the default guild, with one event (capacity as typed) in it. */
    long bookclubEvent(String title, String capacity) {
        createGroup(BOOKCLUB, "Book club");
        return postEvent(BOOKCLUB, title, capacity);
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

    /** The custom ids of a message's buttons, row by row. */
    static List<String> customIds(DataObject message) {
        return message.getArray("components").stream(DataArray::getObject)
                .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
                .map(button -> button.getString("custom_id"))
                .toList();
    }

    /** The custom ids and pre-filled values of a form's text inputs, wherever they sit in its layout. */
    static Map<String, String> inputValues(DataObject component) {
        Map<String, String> values = new LinkedHashMap<>();
        if (component.hasKey("custom_id") && component.hasKey("value")) {
            values.put(component.getString("custom_id"), component.getString("value"));
        }
        component.optObject("component").ifPresent(inner -> values.putAll(inputValues(inner)));
        component.optArray("components").ifPresent(children -> children.stream(DataArray::getObject)
                .forEach(child -> values.putAll(inputValues(child))));
        return values;
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
