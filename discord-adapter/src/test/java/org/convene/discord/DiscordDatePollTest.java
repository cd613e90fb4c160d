package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.EPHEMERAL;
import static org.convene.discord.DiscordHarness.MODAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.customIds;
import static org.convene.discord.DiscordHarness.inputValues;
import static org.convene.discord.DiscordHarness.shown;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.domain.Event;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.MemberRef;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInUser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A date poll through the real JDA: the poll subcommands, the card's vote buttons, closing, and the filled form. */
class DiscordDatePollTest {

    private static final int DEFERRED_UPDATE_MESSAGE = 6;
    private static final int AUTOCOMPLETE_RESULT = 8;

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin ada = InteractionOrigin.inGuild(harness.library, StandInUser.named("ada"));
    private final InteractionOrigin ben = ada.by(StandInUser.named("ben"));
    private final InteractionOrigin cy = ada.by(StandInUser.named("cy"));

    @BeforeEach
    void aGroupAnnouncingInTheLibraryChannelWithAdaAsOrganizer() {
        Caller admin = harness.caller(ada, true);
        harness.createGroup(ada, "bookclub", "Book club");
        assertSucceeded(harness.kit.commands.run(admin, new Command.AnnounceHere("bookclub")));
        assertSucceeded(harness.kit.commands.run(admin, new Command.Organizer(true, "bookclub",
                new MemberRef.ByIdentity(new Identity(Platform.DISCORD, Long.toUnsignedString(ada.user().id())),
                        "ada"))));
    }

    @Test
    void membersVoteWithTheCardsButtonsAndTheOrganizerClosesAndGetsTheFilledEventForm() {
        SentInteraction create = harness.discord.sendSlashCommand(poll("create").option("group", "bookclub")
                .option("title", "The Overstory").option("date1", "2026-12-03 18:00")
                .option("date2", "2026-12-10 18:00").option("length", "90m").option("where", "Room 4"), ada);
        assertThat(shown(harness.answer(create))).contains("Poll #1 is open");
        DiscordPublisher discord = new DiscordPublisher(() -> DiscordClient.of(harness.jda), new DiscordRenderer(),
                TIMEOUT);
        List<String> sent = new CopyOnWriteArrayList<>();
        harness.kit.worker("worker", new Publisher() {
            @Override
            public Platform platform() {
                return Platform.DISCORD;
            }

            @Override
            public Delivery.Result publish(Delivery delivery) {
                Delivery.Result result = discord.publish(delivery);
                if (result instanceof Delivery.Sent message) {
                    sent.add(message.messageRef());
                }
                return result;
            }
        }).drain();
        assertThat(sent).hasSize(1);
        DataObject card = harness.discord.message(Long.parseLong(sent.getFirst())).orElseThrow();
        assertThat(customIds(card)).containsExactly("poll vote 1 1", "poll vote 1 2");

        vote(card, ben, "poll vote 1 2");
        String counted = vote(card, cy, "poll vote 1 2");
        assertThat(counted).contains("You picked").contains("it has 2 votes");

        SentInteraction close = harness.discord.sendSlashCommand(poll("close").option("poll", 1L), ada);
        DataObject closed = harness.answer(close);
        assertThat(shown(closed)).contains("Poll #1 is closed").contains("The chosen date");
        assertThat(customIds(closed)).containsExactly("poll close 1 post");

        SentInteraction post = harness.discord.sendButtonClick("poll close 1 post", ada);
        DataObject form = harness.discord.awaitCallback(post, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        assertThat(form.getObject("data").getString("custom_id")).isEqualTo("poll:1:bookclub");
        Map<String, String> values = inputValues(form.getObject("data"));
        assertThat(values).containsEntry("title", "The Overstory").containsEntry("when", "2026-12-10 18:00")
                .containsEntry("length", "1h30m").containsEntry("place", "Room 4");

        SentInteraction submit = harness.discord.sendModalSubmit("poll:1:bookclub", values, ada);
        assertThat(shown(harness.answer(submit))).contains("Posted #1").contains("The Overstory");
        Event event = harness.kit.events.byId(1).orElseThrow();
        assertThat(event.startsAt()).isEqualTo(LocalDateTime.parse("2026-12-10T18:00").atZone(CoreKit.NEW_YORK)
                .toInstant());
        assertThat(event.venue()).isEqualTo("Room 4");
        assertThat(harness.kit.polls.byId(1).orElseThrow().eventId()).isEqualTo(event.id());
    }

    @Test
    void thePostButtonOfAMemberWhoDoesNotOrganizeOpensNoFormAndIsRefusedPrivately() {
        assertSucceeded(harness.kit.commands.runText(harness.caller(ada, false),
                "poll bookclub \"The Overstory\" \"2026-12-03 18:00\" \"2026-12-10 18:00\"",
                org.convene.core.command.CommandParser.plain()));
        harness.kit.commands.runText(harness.caller(ben, false), "poll vote 1 1",
                org.convene.core.command.CommandParser.plain());
        harness.kit.commands.runText(harness.caller(ada, false), "poll close 1",
                org.convene.core.command.CommandParser.plain());

        SentInteraction post = harness.discord.sendButtonClick("poll close 1 post", ben);
        DataObject answer = harness.discord.awaitCallback(post, TIMEOUT).bodyObject();

        assertThat(answer.getInt("type")).isEqualTo(4);
        assertThat(answer.getObject("data").getString("content")).contains("Only organizers of Book club");
        assertThat(answer.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
    }

    @Test
    void pollNumbersAreAutocompletedByNumberOrTitle() {
        harness.kit.commands.runText(harness.caller(ada, false),
                "poll bookclub \"The Overstory\" \"2026-12-03 18:00\" \"2026-12-10 18:00\"",
                org.convene.core.command.CommandParser.plain());
        harness.kit.commands.runText(harness.caller(ada, false),
                "poll bookclub \"Piranesi\" \"2026-12-03 18:00\" \"2026-12-10 18:00\"",
                org.convene.core.command.CommandParser.plain());

        SentInteraction typed = harness.discord.sendAutocomplete(poll("vote").focused("poll",
                net.dv8tion.jda.api.interactions.commands.OptionType.INTEGER, "over"), ada);
        DataObject choices = harness.discord.awaitCallback(typed, TIMEOUT).bodyObject();

        assertThat(choices.getInt("type")).isEqualTo(AUTOCOMPLETE_RESULT);
        assertThat(choices.getObject("data").getArray("choices").stream(DataArray::getObject)
                .map(choice -> choice.getString("name")).toList()).containsExactly("#1 The Overstory");
    }

    private String vote(DataObject card, InteractionOrigin who, String command) {
        SentInteraction click = harness.discord.sendButtonClick(command, card, who);
        assertThat(harness.discord.awaitCallback(click, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_UPDATE_MESSAGE);
        DataObject privately = harness.followUp(click);
        assertThat(privately.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        return shown(privately);
    }

    private static SlashCommand poll(String subcommand) {
        return SlashCommand.named("meetup").subcommand("poll", subcommand);
    }

    private static void assertSucceeded(Reply reply) {
        assertThat(reply.failed()).as(reply.plain()).isFalse();
    }
}
