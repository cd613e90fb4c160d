package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.EPHEMERAL;
import static org.convene.discord.DiscordHarness.MODAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.customIds;
import static org.convene.discord.DiscordHarness.inputValues;
import static org.convene.discord.DiscordHarness.shown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Command;
import org.convene.core.command.EventOptions;
import org.convene.core.domain.ChannelRef;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.core.reply.Reply;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInUser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MeetupInteractionsTest {

    private static final int DEFERRED_CHANNEL_MESSAGE = 5;
    private static final int DEFERRED_UPDATE_MESSAGE = 6;
    private static final int AUTOCOMPLETE_RESULT = 8;
    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin ada = harness.discord.defaultOrigin();

    private SentInteraction send(SlashCommand subcommand) {
        return harness.discord.sendSlashCommand(subcommand, ada);
    }

    private static SlashCommand meetup(String subcommand) {
        return SlashCommand.named("meetup").subcommand(subcommand);
    }

    @Test
    void aMemberListsGroupsJoinsOneListsEventsAndRsvpsByCommand() {
        harness.createGroup("code4libnyc", "Code4Lib NYC");
        long eventId = harness.postEvent("code4libnyc", "Lightning talks", null);

        SentInteraction groups = send(meetup("groups"));
        DataObject deferral = harness.discord.awaitCallback(groups, TIMEOUT).bodyObject();
        assertThat(deferral.getInt("type")).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(deferral.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(shown(harness.answer(groups))).contains("Code4Lib NYC");

        SentInteraction join = send(meetup("join").option("group", "code4libnyc"));
        assertThat(shown(harness.answer(join))).contains("You joined Code4Lib NYC");

        SentInteraction events = send(meetup("events").option("group", "code4libnyc"));
        DataObject list = harness.answer(events);
        assertThat(shown(list)).contains("#" + eventId + " Lightning talks").contains("<t:");
        assertThat(customIds(list)).contains("rsvp " + eventId + " going");

        SentInteraction rsvp = send(meetup("rsvp").option("event", eventId).option("answer", "going"));
        DataObject answer = harness.answer(rsvp);
        assertThat(shown(answer)).contains("You're going to **Lightning talks**").contains("1 going, no limit");
        assertThat(answer.getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(harness.discord.unknownRouteRequests()).isEmpty();
    }

    @Test
    void anOrganizerChangesAnEventThroughTheEditFormAndGetsTheAttendeesAsCsv() {
        harness.createGroup("bookclub", "Book club");
        long eventId = harness.postEvent("bookclub", "The Overstory", null);
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);
        SentInteraction edit = harness.discord.sendSlashCommand(meetup("edit").option("event", eventId), admin);
        assertThat(harness.discord.awaitCallback(edit, TIMEOUT).bodyObject().getObject("data")
                .getString("custom_id")).isEqualTo("edit:" + eventId);

        SentInteraction submit = harness.discord.sendModalSubmit("edit:" + eventId,
                Map.of("seats", "30", "place", "https://meet.example/overstory"), admin);
        assertThat(shown(harness.answer(submit))).contains("0 of 30 taken").contains("https://meet.example/overstory");

        SentInteraction attendees = harness.discord.sendSlashCommand(
                meetup("attendees").option("event", eventId).option("csv", true), admin);
        harness.answer(attendees);
        assertThat(harness.discord.awaitRequest(DiscordHarness.webhook(attendees, "PATCH",
                "/webhooks/{applicationId}/{token}/messages/@original"), TIMEOUT).files())
                .singleElement().satisfies(file -> assertThat(file.filename()).endsWith(".csv"));
    }

    @Test
    void theEditFormOpensWithTheEventsCurrentValuesAndSentBackUnchangedKeepsThem() {
        harness.createGroup("bookclub", "Book club");
        long eventId = harness.postEvent("bookclub", "The Overstory", "12");
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);

        SentInteraction edit = harness.discord.sendSlashCommand(meetup("edit").option("event", eventId), admin);
        DataObject form = harness.discord.awaitCallback(edit, TIMEOUT).bodyObject();

        assertThat(form.getInt("type")).isEqualTo(MODAL);
        Map<String, String> values = inputValues(form.getObject("data"));
        assertThat(values).containsEntry("title", "The Overstory").containsEntry("when", "2026-12-03 18:00")
                .containsEntry("length", "2h").containsEntry("place", "Library, room 2").containsEntry("seats", "12");
        SentInteraction submit = harness.discord.sendModalSubmit("edit:" + eventId, values, admin);
        assertThat(shown(harness.answer(submit))).contains("The Overstory", "<t:1796338800:F>", "Library, room 2",
                "0 of 12 taken");
    }

    @Test
    void theEditFormOfAnUnknownEventIsRefusedPrivately() {
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);

        SentInteraction edit = harness.discord.sendSlashCommand(meetup("edit").option("event", 999), admin);
        DataObject answer = harness.discord.awaitCallback(edit, TIMEOUT).bodyObject();

        assertThat(answer.getInt("type")).isEqualTo(4);
        assertThat(answer.getObject("data").getString("content")).contains("999");
        assertThat(answer.getObject("data").getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
    }

    @Test
    void aClickOnAnRsvpButtonUnderAnAnnouncementEditsTheCardInPlaceWithTheNewCount() {
        InteractionOrigin reader = InteractionOrigin.inGuild(harness.library, StandInUser.named("ada"));
        harness.createGroup(reader, "code4libnyc", "Code4Lib NYC");
        long eventId = harness.postEvent(reader, "code4libnyc", "Lightning talks", null);
        Reply card = harness.kit.commands.run(harness.caller(reader, true), new Command.ShowEvent(eventId));
        DiscordPublisher publisher = new DiscordPublisher(() -> DiscordClient.of(harness.jda), new DiscordRenderer(),
                TIMEOUT);
        ChannelRef channel = harness.caller(reader, false).channel();
        Delivery.Sent announced = (Delivery.Sent) publisher.publish(
                new Delivery("announce-" + eventId, new Target.Channel(channel), card, null));
        long messageId = Long.parseLong(announced.messageRef());
        DataObject message = harness.discord.message(messageId).orElseThrow();
        assertThat(shown(message)).contains("0 going, no limit");

        SentInteraction click = harness.discord.sendButtonClick("rsvp " + eventId + " going", message, reader);

        assertThat(harness.discord.awaitCallback(click, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_UPDATE_MESSAGE);
        DataObject edit = harness.answer(click);
        assertThat(shown(edit)).contains("1 going, no limit").doesNotContain("You:");
        assertThat(shown(harness.discord.message(messageId).orElseThrow())).contains("1 going, no limit");
        DataObject privately = harness.followUp(click);
        assertThat(privately.getString("content")).contains("You're going to **Lightning talks**");
        assertThat(privately.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
    }

    @Test
    void aRefusedClickIsToldPrivatelyAndTheMessageStays() {
        SentInteraction click = harness.discord.sendButtonClick("rsvp 999 going", ada);

        assertThat(harness.discord.awaitCallback(click, TIMEOUT).bodyObject().getInt("type"))
                .isEqualTo(DEFERRED_UPDATE_MESSAGE);
        DataObject privately = harness.followUp(click);
        assertThat(privately.getString("content")).isNotBlank();
        assertThat(privately.getInt("flags") & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(harness.discord.requests()).noneMatch(DiscordHarness.webhook(click, "PATCH",
                "/webhooks/{applicationId}/{token}/messages/@original"));
    }

    @Test
    void aCappedEventFillsAndTheNextMemberIsToldTheirWaitlistPosition() {
        harness.createGroup("bookclub", "Book club");
        long eventId = harness.postEvent("bookclub", "The Overstory", "1");

        assertThat(shown(harness.answer(send(meetup("rsvp").option("event", eventId))))).contains("You're going");
        InteractionOrigin grace = ada.by(StandInUser.named("grace"));
        SentInteraction late = harness.discord.sendSlashCommand(meetup("rsvp").option("event", eventId), grace);

        assertThat(shown(harness.answer(late))).contains("is full; you are #1 on the waitlist");
    }

    @Test
    void autocompleteOffersMatchingGroupsAndEvents() {
        harness.createGroup("code4libnyc", "Code4Lib NYC");
        harness.createGroup("bookclub", "Book club");
        long eventId = harness.postEvent("bookclub", "The Overstory", null);

        SentInteraction typingGroup = harness.discord.sendAutocomplete(
                meetup("join").focused("group", "code4"), ada);
        DataObject groups = harness.discord.awaitCallback(typingGroup, TIMEOUT).bodyObject();
        assertThat(groups.getInt("type")).isEqualTo(AUTOCOMPLETE_RESULT);
        assertThat(values(groups)).containsExactly("code4libnyc");

        SentInteraction typingEvent = harness.discord.sendAutocomplete(
                meetup("rsvp").focused("event", OptionType.INTEGER, "over"), ada);
        DataObject events = harness.discord.awaitCallback(typingEvent, TIMEOUT).bodyObject();
        assertThat(values(events)).containsExactly(String.valueOf(eventId));
    }

    @Test
    void autocompleteSearchesEveryUpcomingEventByTitleWordsAndGroupAndOffersUpToTwentyFive() {
        harness.createGroup("code4libnyc", "Code4Lib NYC");
        harness.createGroup("bookclub", "Book club");
        for (int index = 0; index < 30; index++) {
            harness.postEvent("code4libnyc", "Hack night " + index, null);
        }
        long reading = harness.postEvent("bookclub", "Piranesi reading", null);

        SentInteraction byWords = harness.discord.sendAutocomplete(
                meetup("rsvp").focused("event", OptionType.INTEGER, "reading piranesi"), ada);
        assertThat(values(harness.discord.awaitCallback(byWords, TIMEOUT).bodyObject()))
                .containsExactly(String.valueOf(reading));
        SentInteraction byGroup = harness.discord.sendAutocomplete(
                meetup("rsvp").focused("event", OptionType.INTEGER, "book"), ada);
        assertThat(values(harness.discord.awaitCallback(byGroup, TIMEOUT).bodyObject()))
                .containsExactly(String.valueOf(reading));
        SentInteraction nothingTyped = harness.discord.sendAutocomplete(
                meetup("rsvp").focused("event", OptionType.INTEGER, ""), ada);
        assertThat(values(harness.discord.awaitCallback(nothingTyped, TIMEOUT).bodyObject())).hasSize(25);
    }

    @Test
    void anOrganizerPostsThroughAForm() {
        harness.createGroup("bookclub", "Book club");
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);

        SentInteraction post = harness.discord.sendSlashCommand(meetup("post").option("group", "bookclub"), admin);
        DataObject form = harness.discord.awaitCallback(post, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        assertThat(form.getObject("data").getString("custom_id")).isEqualTo("post:bookclub");
        assertThat(form.getObject("data").getArray("components").length()).isEqualTo(5);

        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("title", "Piranesi");
        inputs.put("when", "2026-12-03 18:00");
        inputs.put("length", "90m");
        inputs.put("place", "Library, room 2");
        inputs.put("seats", "25 +1");
        SentInteraction submit = harness.discord.sendModalSubmit("post:bookclub", inputs, admin);

        String posted = shown(harness.answer(submit));
        assertThat(posted).contains("Posted #").contains("Piranesi").contains("0 of 25 taken")
                .contains("Library, room 2");
    }

    @Test
    void aFormTheCoreRefusesSaysWhatWasUnderstood() {
        harness.createGroup("bookclub", "Book club");
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("title", "Piranesi");
        inputs.put("when", "2020-01-01 18:00");

        SentInteraction submit = harness.discord.sendModalSubmit("post:bookclub", inputs, admin);

        DataObject answer = harness.answer(submit);
        assertThat(answer.getString("content")).contains("I read: title \"Piranesi\", when \"2020-01-01 18:00\"");
        assertThat(answer.optArray("embeds").map(DataArray::isEmpty).orElse(true)).isTrue();
    }

    @Test
    void aManageServerMemberCreatesAGroupWhileAPlainMemberIsRefusedAndNothingChanges() {
        harness.answer(send(meetup("groups")));
        String before = harness.kit.database.snapshot();

        SentInteraction refused = send(SlashCommand.named("meetup").subcommand("group", "create")
                .option("slug", "a11y").option("name", "Accessibility"));
        assertThat(harness.answer(refused).getString("content")).contains("Only community admins");
        assertThat(harness.kit.database.snapshot()).isEqualTo(before);

        SentInteraction created = harness.discord.sendSlashCommand(SlashCommand.named("meetup")
                .subcommand("group", "create").option("slug", "a11y").option("name", "Accessibility"),
                ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND));
        assertThat(harness.answer(created).getString("content")).contains("Created Accessibility (a11y)");
        assertThat(harness.kit.database.snapshot()).isNotEqualTo(before);
    }

    @Test
    void aMalformedPayloadIsIgnoredAndTheNextInteractionIsAnswered() {
        harness.discord.sendRawGatewayText("{this is not json");
        harness.discord.dispatch("INTERACTION_CREATE", Map.of("id", "1", "type", 2, "token", "half-a-payload"));

        SentInteraction help = send(meetup("help"));

        assertThat(shown(harness.answer(help))).contains("Convene runs this community's meetups");
    }

    private static List<String> values(DataObject autocomplete) {
        return autocomplete.getObject("data").getArray("choices").stream(DataArray::getObject)
                .map(choice -> choice.opt("value").map(String::valueOf).orElse(""))
                .toList();
    }

    @Test
    void aManageServerMemberChangesWhenRemindersGoOut() {
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);

        SentInteraction reminders = harness.discord.sendSlashCommand(
                meetup("reminders").option("channel", "48h").option("member", "2h"), admin);

        assertThat(shown(harness.answer(reminders))).contains("Changed.", "the channel reminder 48 hours before",
                "each attendee's reminder 2 hours before");
    }

    @Test
    void anOrganizerEndsASeriesWithTheCancelCommandsSeriesOption() {
        InteractionOrigin admin = ada.withPermissions(Permission.MANAGE_SERVER, Permission.MESSAGE_SEND);
        harness.createGroup("bookclub", "Book club");
        Reply posted = harness.kit.commands.run(harness.caller(admin, true),
                new Command.Post("bookclub", new EventOptions(
                        "Reading circle", "", "2026-12-03 18:00", null, "1h", "Library", null, null, null, null,
                        null, "weekly")));
        long first = posted.cards().getFirst().eventId();

        SentInteraction cancel = harness.discord.sendSlashCommand(
                meetup("cancel").option("event", first).option("series", true), admin);

        assertThat(shown(harness.answer(cancel))).contains("Ended the series of #" + first);
        assertThat(harness.kit.commands.run(harness.caller(admin, true),
                new Command.Events("bookclub", 1)).plain()).doesNotContain("Reading circle");
    }

}
