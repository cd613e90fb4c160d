package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.discord.DiscordHarness.MODAL;
import static org.convene.discord.DiscordHarness.TIMEOUT;
import static org.convene.discord.DiscordHarness.shown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.command.Command;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Rsvp;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkOffer;
import org.convene.core.usecase.MemberRef;
import org.convene.discord.publish.DiscordClient;
import org.convene.discord.publish.DiscordPublisher;
import org.convene.discord.render.DiscordRenderer;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInUser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Offering a talk on Discord through the real JDA: {@code /meetup talk slots}, the card's "Offer a talk" button and
 * its form, the organizer's direct message with an Accept button, and the click that accepts.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TalkOffersOnDiscordTest {

    @AutoClose
    private final DiscordHarness harness = new DiscordHarness();
    private final InteractionOrigin admin = harness.admin();
    private final StandInUser olive = StandInUser.named("olive");
    private final InteractionOrigin oliveAt = harness.discord.defaultOrigin().by(olive);
    private final InteractionOrigin grace = harness.member("grace");
    private long eventId;

    @BeforeEach
    void setUp() {
        eventId = harness.bookclubEvent("Lightning talks", "10");
        Command.Organizer named = new Command.Organizer(true, "bookclub", new MemberRef.ByIdentity(
                new Identity(Platform.DISCORD, Long.toUnsignedString(olive.id())), "olive"));
        assertThat(harness.kit.commands.run(harness.caller(admin, true), named).failed()).isFalse();
    }

    private static SlashCommand talk(String subcommand) {
        return SlashCommand.named("meetup").subcommand("talk", subcommand);
    }

    @Test
    void slotsTheOfferFormAndAnAcceptFromTheOrganizersDirectMessage() {
        SentInteraction slots = harness.discord.sendSlashCommand(talk("slots").option("event", eventId)
                .option("slots", "3x15m").option("from", "18:15"), admin);
        assertThat(shown(harness.answer(slots))).contains("Opened 3 talk slots").contains("18:15–18:30 Slot 1: open");

        SentInteraction click = harness.discord.sendButtonClick("talk offer " + eventId, grace);
        DataObject form = harness.discord.awaitCallback(click, TIMEOUT).bodyObject();
        assertThat(form.getInt("type")).isEqualTo(MODAL);
        assertThat(form.getObject("data").getString("custom_id")).isEqualTo("talk-offer:" + eventId);

        SentInteraction submit = harness.discord.sendModalSubmit("talk-offer:" + eventId, Map.of("title",
                "Linked data on a shoestring", "description", "What we learned", "slot", "2"), grace);
        assertThat(shown(harness.answer(submit))).contains("is offered for Slot 2");
        TalkOffer offer = onlyOffer();

        harness.kit.worker("worker", new DiscordPublisher(() -> DiscordClient.of(harness.jda), new DiscordRenderer(),
                TIMEOUT)).drain();
        String acceptButton = "talk accept " + offer.id();
        RecordedRequest direct = harness.discord.awaitRequest(request -> request.isTo("POST",
                "/channels/{channelId}/messages") && request.bodyText() != null
                && request.bodyText().contains(acceptButton), TIMEOUT);
        assertThat(shown(direct.bodyObject())).contains("grace offers a talk").contains("Linked data on a shoestring");

        SentInteraction accept = harness.discord.sendButtonClick("talk accept " + offer.id(), oliveAt);
        assertThat(harness.followUp(accept).getString("content")).contains("Accepted talk offer #" + offer.id());

        assertThat(onlyOffer().state()).isEqualTo(OfferState.ACCEPTED);
        assertThat(harness.kit.rsvps.find(eventId, offer.memberId())).map(Rsvp::confirmed).contains(true);
    }

    @Test
    void theTalkOfferCommandWithoutATitleOpensTheFormAndWithOneOffersAtOnce() {
        harness.answer(harness.discord.sendSlashCommand(talk("slots").option("event", eventId)
                .option("slots", "\"Opening\" \"Lightning round\"").option("auto", true), admin));

        SentInteraction alone = harness.discord.sendSlashCommand(talk("offer").option("event", eventId), grace);
        assertThat(harness.discord.awaitCallback(alone, TIMEOUT).bodyObject().getInt("type")).isEqualTo(MODAL);

        SentInteraction typed = harness.discord.sendSlashCommand(talk("offer").option("event", eventId)
                .option("title", "Zines in the stacks").option("slot", 2), grace);

        assertThat(shown(harness.answer(typed))).contains("is accepted: you present in Slot 2 (Lightning round)");
        assertThat(shown(harness.answer(harness.discord.sendSlashCommand(talk("agenda").option("event", eventId),
                grace)))).contains("Slot 2 (Lightning round): “Zines in the stacks” — grace");
    }

    private TalkOffer onlyOffer() {
        List<TalkOffer> offers = harness.kit.talks.offers(eventId);
        assertThat(offers).hasSize(1);
        return offers.getFirst();
    }
}
