package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.convene.core.domain.Rsvp;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkOffer;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.interaction.TalkModal;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offering a talk on Slack through the real Bolt: the card's "Offer a talk" button opens the form, the submission
 * stores the offer, the organizer's direct message carries an Accept button, and the click accepts it.
 */
class SlackTalkOffersTest {

    private static final String ORGANIZER = "U0OLIVE";
    private static final String MEMBER = "U0GRACE";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private long eventId;

    @BeforeEach
    void start() {
        fixture.slack.setUser(ORGANIZER, false, false);
        fixture.slack.setUser(MEMBER, false, false);
        eventId = fixture.groupWithEvent("capacity=10");
        assertThat(shown(fixture.command(ADMIN, "organizer add " + GROUP + " <@" + ORGANIZER + "|olive>")))
                .contains("olive");
        assertThat(shown(fixture.command(ADMIN, "talk slots " + eventId + " 3x15m"))).contains("Opened 3 talk slots");
    }

    private HttpReply click(String userId, String command, String responseId) {
        return fixture.post(fixture.requests.blockAction(new Origin(userId, CHANNEL), "1767225600.000042",
                new Action(command, "event-" + eventId + "-actions-1", command),
                fixture.slack.responseUrl(responseId)));
    }

    @Test
    void offerButtonOpensTheFormTheSubmissionIsStoredAndTheOrganizerAcceptsFromTheirDirectMessage() {
        assertThat(shown(fixture.command(MEMBER, "event " + eventId))).contains("Offer a talk")
                .contains("talk offer " + eventId);

        assertThat(click(MEMBER, "talk offer " + eventId, "offer-click").status()).isEqualTo(200);
        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo(TalkModal.CALLBACK_ID);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("talk:" + eventId);
        assertThat(view.toString()).contains("Slot 1, 18:00–18:15").contains("Slot 3, 18:30–18:45");

        HttpReply submitted = fixture.post(fixture.requests.viewSubmission(MEMBER, TalkModal.CALLBACK_ID,
                "talk:" + eventId, values("2", "Linked data on a shoestring", "What we learned")));

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body()).doesNotContain("errors");
        RecordedCall told = fixture.slack.await("the offer's outcome to the member",
                call -> call.isApiCall("chat.postMessage") && MEMBER.equals(call.param("channel")), TIMEOUT);
        assertThat(shown(told)).contains("is offered for Slot 2");
        TalkOffer offer = onlyOffer();
        assertThat(offer.title()).isEqualTo("Linked data on a shoestring");
        assertThat(offer.description()).isEqualTo("What we learned");

        fixture.kit.worker("worker", fixture.bot.publisher()).drain();
        RecordedCall direct = fixture.slack.await("the organizer's direct message", call ->
                call.isApiCall("chat.postMessage") && shown(call).contains("talk accept " + offer.id()),
                TIMEOUT);
        assertThat(direct.param("channel")).isIn(ORGANIZER, SlackStandIn.directMessageChannelOf(ORGANIZER));

        assertThat(click(ORGANIZER, "talk accept " + offer.id(), "accept-click").status()).isEqualTo(200);

        assertThat(shown(fixture.slack.awaitResponseUrlPost("accept-click", TIMEOUT)))
                .contains("Accepted talk offer #" + offer.id());
        assertThat(onlyOffer().state()).isEqualTo(OfferState.ACCEPTED);
        assertThat(fixture.kit.rsvps.find(eventId, offer.memberId())).map(Rsvp::confirmed).contains(true);
    }

    @Test
    void aTitleTooLongIsRefusedOnTheFormAndNothingIsStored() {
        HttpReply submitted = fixture.post(fixture.requests.viewSubmission(MEMBER, TalkModal.CALLBACK_ID,
                "talk:" + eventId, values("1", "x".repeat(101), "")));

        assertThat(submitted.body()).contains("errors").contains("limited to 100 characters");
        assertThat(fixture.kit.talks.offers(eventId)).isEmpty();
    }

    private TalkOffer onlyOffer() {
        List<TalkOffer> offers = fixture.kit.talks.offers(eventId);
        assertThat(offers).hasSize(1);
        return offers.getFirst();
    }

    /** The form's state as Slack sends it: a static select for the slot, plain text for the rest. */
    private static JsonObject values(String slot, String title, String description) {
        JsonObject values = SignedRequests.plainTextValues(Map.of(
                TalkModal.TITLE, Map.of(EventModal.ACTION, title),
                TalkModal.DESCRIPTION, Map.of(EventModal.ACTION, description)));
        JsonObject option = new JsonObject();
        option.addProperty("value", slot);
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", "Slot " + slot);
        option.add("text", text);
        JsonObject select = new JsonObject();
        select.addProperty("type", "static_select");
        select.add("selected_option", option);
        JsonObject block = new JsonObject();
        block.add(EventModal.ACTION, select);
        values.add(TalkModal.SLOT, block);
        return values;
    }
}
