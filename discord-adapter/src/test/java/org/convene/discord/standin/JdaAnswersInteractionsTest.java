package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.exceptions.DetachedEntityException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class JdaAnswersInteractionsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    private static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    private static final int DEFERRED_UPDATE_MESSAGE = 6;
    private static final int UPDATE_MESSAGE = 7;
    private static final int AUTOCOMPLETE_RESULT = 8;
    private static final int EPHEMERAL = 1 << 6;

    @AutoClose
    private final ConnectedStandIn connection = new ConnectedStandIn();
    private DiscordStandIn discord;
    private JDA jda;

    private void connect(ListenerAdapter listener, StandInGuild... cachedGuilds) {
        discord = connection.start(cachedGuilds);
        jda = connection.connect(builder -> builder.addEventListeners(listener));
    }

    private static <T> T within(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void aSlashCommandFromAnUncachedGuildReachesTheListenerAndItsReplyIsRecorded() throws Exception {
        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                seen.complete(event);
                event.reply("Joined " + event.getOption("group").getAsString()).queue();
            }
        });

        SentInteraction join = discord.sendSlashCommand(
                SlashCommand.named("meetup").subcommand("join").option("group", "code4libnyc").option("seats", 2));

        RecordedRequest callback = discord.awaitCallback(join, TIMEOUT);
        assertThat(callback.status()).isEqualTo(204);
        DataObject reply = callback.bodyObject();
        assertThat(reply.getInt("type")).isEqualTo(CHANNEL_MESSAGE_WITH_SOURCE);
        assertThat(reply.getObject("data").getString("content")).isEqualTo("Joined code4libnyc");

        SlashCommandInteractionEvent event = within(seen);
        assertThat(event.getName()).isEqualTo("meetup");
        assertThat(event.getSubcommandName()).isEqualTo("join");
        assertThat(event.getOption("seats").getAsLong()).isEqualTo(2);
        assertThat(event.getCommandIdLong()).isEqualTo(discord.commandId("meetup"));
        assertThat(event.getContext()).isEqualTo(InteractionContextType.GUILD);
        assertThat(event.getGuild().isDetached()).isTrue();
        assertThat(event.getGuild().getIdLong()).isEqualTo(discord.defaultOrigin().guildId());
        assertThat(event.getUser().getName()).isEqualTo("ada");
        assertThat(event.getMember().hasPermission(event.getGuildChannel(), Permission.MESSAGE_SEND)).isTrue();
        assertThat(event.getMember().hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)).isFalse();
        assertThatThrownBy(() -> event.getMember().hasPermission(Permission.MESSAGE_SEND))
                .isInstanceOf(DetachedEntityException.class);
    }

    @Test
    void anEphemeralReplyCarriesTheEphemeralFlag() {
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("Only you can see this").setEphemeral(true).queue();
            }
        });

        SentInteraction mine = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("mine"));

        DataObject data = discord.awaitCallback(mine, TIMEOUT).bodyObject().getObject("data");
        assertThat(data.getString("content")).isEqualTo("Only you can see this");
        assertThat(data.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
    }

    @Test
    void memberPermissionsOfTheOriginReachJda() throws Exception {
        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                seen.complete(event);
                event.reply("ok").queue();
            }
        });

        SentInteraction create = discord.sendSlashCommand(
                SlashCommand.named("meetup").subcommand("group", "create").option("slug", "bookclub"),
                discord.defaultOrigin().withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND));
        discord.awaitCallback(create, TIMEOUT);

        SlashCommandInteractionEvent event = within(seen);
        assertThat(event.getSubcommandGroup()).isEqualTo("group");
        assertThat(event.getSubcommandName()).isEqualTo("create");
        assertThat(event.getMember().hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)).isTrue();
    }

    @Test
    void aButtonClickCanEditTheMessageItSitsUnder() throws Exception {
        CompletableFuture<ButtonInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                seen.complete(event);
                event.editMessage("You are going").setComponents().queue();
            }
        });

        SentInteraction click = discord.sendButtonClick("rsvp:42:going");

        DataObject callback = discord.awaitCallback(click, TIMEOUT).bodyObject();
        assertThat(callback.getInt("type")).isEqualTo(UPDATE_MESSAGE);
        assertThat(callback.getObject("data").getString("content")).isEqualTo("You are going");
        ButtonInteractionEvent event = within(seen);
        assertThat(event.getComponentId()).isEqualTo("rsvp:42:going");
        assertThat(event.getButton()).isNotNull();
        assertThat(event.getMessageIdLong()).isEqualTo(click.messageId());
        DataObject edited = discord.message(click.messageId()).orElseThrow();
        assertThat(edited.getString("content")).isEqualTo("You are going");
        assertThat(edited.getArray("components").isEmpty()).isTrue();
    }

    @Test
    void aDeferredButtonClickCanEditTheOriginalMessageThroughTheWebhook() {
        connect(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                event.deferEdit().queue(hook -> hook.editOriginal("Seat confirmed").queue());
            }
        });

        SentInteraction click = discord.sendButtonClick("rsvp:7:going");

        assertThat(discord.awaitCallback(click, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_UPDATE_MESSAGE);
        RecordedRequest edit = discord.awaitRequest(click.webhook(), TIMEOUT);
        assertThat(edit.isTo("PATCH", "/webhooks/{applicationId}/{token}/messages/@original")).isTrue();
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.bodyObject().getString("content")).isEqualTo("Seat confirmed");
        assertThat(discord.message(click.messageId()).orElseThrow().getString("content")).isEqualTo("Seat confirmed");
    }

    @Test
    void aDeferredReplyCanBeFollowedUpThroughTheWebhook() {
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.deferReply().queue(hook -> hook.sendMessage("Here are the events").queue());
            }
        });

        SentInteraction events = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("events"));

        assertThat(discord.awaitCallback(events, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
        RecordedRequest followUp = discord.awaitRequest(events.webhook(), TIMEOUT);
        assertThat(followUp.isTo("POST", "/webhooks/{applicationId}/{token}")).isTrue();
        assertThat(followUp.pathVariables("/webhooks/{applicationId}/{token}"))
                .containsEntry("applicationId", Long.toUnsignedString(discord.applicationId()));
        assertThat(followUp.status()).isEqualTo(200);
        assertThat(followUp.bodyObject().getString("content")).isEqualTo("Here are the events");
    }

    @Test
    void anyInteractionTypeCanBeBuiltByHandSuchAsAStringSelect() throws Exception {
        CompletableFuture<StringSelectInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onStringSelectInteraction(StringSelectInteractionEvent event) {
                seen.complete(event);
                event.deferEdit().queue();
            }
        });
        DataObject data = DataObject.empty()
                .put("custom_id", "rsvp:42")
                .put("component_type", 3)
                .put("values", DataArray.empty().add("maybe"));
        DataObject message = DataObject.empty()
                .put("id", Long.toUnsignedString(Snowflakes.next()))
                .put("flags", 64); // an ephemeral message arrives as only its id and flags

        SentInteraction select = discord.sendInteraction(3, data, message, discord.defaultOrigin());

        assertThat(discord.awaitCallback(select, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_UPDATE_MESSAGE);
        StringSelectInteractionEvent event = within(seen);
        assertThat(event.getComponentId()).isEqualTo("rsvp:42");
        assertThat(event.getValues()).containsExactly("maybe");
    }

    @Test
    void anEphemeralDeferredReplyCanBeEditedIntoTheAnswer() throws Exception {
        CompletableFuture<Message> answered = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.deferReply(true).queue(hook -> hook.editOriginal("You are #3 on the waitlist")
                        .queue(answered::complete, answered::completeExceptionally));
            }
        });

        SentInteraction rsvp =
                discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("rsvp").option("event", 42));

        DataObject deferral = discord.awaitCallback(rsvp, TIMEOUT).bodyObject();
        assertThat(deferral.getInt("type")).isEqualTo(DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
        assertThat(deferral.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        Message answer = within(answered);
        assertThat(answer.getContentRaw()).isEqualTo("You are #3 on the waitlist");
        assertThat(answer.isEphemeral()).isTrue();
        assertThat(answer.getFlagsRaw() & (1 << 7)).as("the thinking flag is gone").isZero();
    }

    @Test
    void anAutocompleteRequestIsAnsweredWithChoices() throws Exception {
        CompletableFuture<CommandAutoCompleteInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
                seen.complete(event);
                event.replyChoiceStrings("code4libnyc", "code4libboston").queue();
            }
        });

        SentInteraction typing = discord.sendAutocomplete(
                SlashCommand.named("meetup").subcommand("join").focused("group", "code4"));

        DataObject callback = discord.awaitCallback(typing, TIMEOUT).bodyObject();
        assertThat(callback.getInt("type")).isEqualTo(AUTOCOMPLETE_RESULT);
        assertThat(callback.getObject("data").getArray("choices").stream((array, index) -> array.getObject(index))
                        .map(choice -> choice.getString("value")))
                .containsExactly("code4libnyc", "code4libboston");
        CommandAutoCompleteInteractionEvent event = within(seen);
        assertThat(event.getFocusedOption().getName()).isEqualTo("group");
        assertThat(event.getFocusedOption().getValue()).isEqualTo("code4");
        assertThat(event.getFocusedOption().getType()).isEqualTo(OptionType.STRING);
    }

    @Test
    void aModalSubmissionDeliversItsTextInputs() throws Exception {
        CompletableFuture<ModalInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onModalInteraction(ModalInteractionEvent event) {
                seen.complete(event);
                event.reply("Posted " + event.getValue("title").getAsString()).queue();
            }
        });
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Book club: Piranesi");
        form.put("starts", "2026-12-03 18:00");

        SentInteraction submit = discord.sendModalSubmit("post:bookclub", form);

        assertThat(discord.awaitCallback(submit, TIMEOUT).bodyObject().getObject("data").getString("content"))
                .isEqualTo("Posted Book club: Piranesi");
        ModalInteractionEvent event = within(seen);
        assertThat(event.getModalId()).isEqualTo("post:bookclub");
        assertThat(event.getValue("starts").getAsString()).isEqualTo("2026-12-03 18:00");
        assertThat(event.getValues()).hasSize(2);
    }

    @Test
    void anInteractionFromACachedGuildUsesTheMembersRoles() throws Exception {
        StandInGuild library = StandInGuild.named("Library Friends", StandInChannel.named("meetups"));
        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        connect(
                new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        seen.complete(event);
                        event.reply("ok").queue();
                    }
                },
                library);
        StandInUser grace = StandInUser.named("grace");

        SentInteraction admin = discord.sendSlashCommand(
                SlashCommand.named("meetup").subcommand("link-space"),
                InteractionOrigin.inGuild(library, grace).withRoles(library.adminRoleId()));

        discord.awaitCallback(admin, TIMEOUT);
        SlashCommandInteractionEvent event = within(seen);
        assertThat(event.getGuild().isDetached()).isFalse();
        assertThat(event.getChannel().getIdLong()).isEqualTo(library.defaultChannel().id());
        assertThat(event.getMember().hasPermission(Permission.MANAGE_SERVER)).isTrue();
    }

    @Test
    void aSlashCommandInADirectMessageHasNoGuild() throws Exception {
        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                seen.complete(event);
                event.reply("Your RSVPs").queue();
            }
        });
        StandInUser ada = StandInUser.named("ada");

        SentInteraction mine = discord.sendSlashCommand(
                SlashCommand.named("meetup").subcommand("mine"),
                InteractionOrigin.directMessage(Snowflakes.next(), ada));

        assertThat(discord.awaitCallback(mine, TIMEOUT).status()).isEqualTo(204);
        SlashCommandInteractionEvent event = within(seen);
        assertThat(event.getGuild()).isNull();
        assertThat(event.getMember()).isNull();
        assertThat(event.getUser().getIdLong()).isEqualTo(ada.id());
        assertThat(event.getContext()).isEqualTo(InteractionContextType.BOT_DM);
    }

    @Test
    void aUserOptionArrivesAsAResolvedMember() throws Exception {
        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                seen.complete(event);
                event.reply("ok").queue();
            }
        });
        StandInUser linus = StandInUser.named("linus");

        SentInteraction add = discord.sendSlashCommand(SlashCommand.named("meetup")
                .subcommand("organizer", "add")
                .option("group", "bookclub")
                .option("user", linus));
        discord.awaitCallback(add, TIMEOUT);

        SlashCommandInteractionEvent event = within(seen);
        assertThat(event.getOption("user").getAsUser().getName()).isEqualTo("linus");
        assertThat(event.getOption("user").getAsMember().getIdLong()).isEqualTo(linus.id());
    }
}
