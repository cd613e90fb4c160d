package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.slack.interaction.SlackMentionReader;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SlackFixtures;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Clicks in the App Home tab, which carry no response URL, and the Home view's size limits. */
class SlackHomeTabTest {

    private static final String MEMBER = "U0MEMBER";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private final SlackFixtures shapes = fixture.shapes();

    @Test
    void goingClickInTheHomeTabRefreshesTheHomeAndTellsTheMemberByDirectMessage() {
        long eventId = fixture.groupWithEvent("");
        fixture.command(MEMBER, "join " + GROUP);

        HttpReply reply = fixture.post(homeClick("rsvp " + eventId + " going"));

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall told = fixture.slack.await("a direct message to the member",
                call -> call.isApiCall("chat.postMessage") && MEMBER.equals(call.param("channel")), TIMEOUT);
        assertThat(shown(told)).contains("You're going to").contains("Book club");
        RecordedCall published = fixture.slack.await("the member's Home published again",
                call -> call.isApiCall("views.publish") && MEMBER.equals(call.param("user_id")), TIMEOUT);
        String view = published.jsonParam("view").toString();
        assertThat(view).contains("Your RSVPs").contains("Book club").contains("You*\\nGoing");
    }

    @Test
    void detailsClickInTheHomeTabSendsTheEventByDirectMessage() {
        long eventId = fixture.groupWithEvent("where=\"Room 101\"");

        fixture.post(homeClick("event " + eventId));

        RecordedCall told = fixture.slack.await("a direct message to the member",
                call -> call.isApiCall("chat.postMessage") && MEMBER.equals(call.param("channel")), TIMEOUT);
        assertThat(shown(told)).contains("Book club").contains("Room 101");
    }

    @Test
    void homeButtonWithoutAValueIsAnsweredByDirectMessage() {
        HttpReply reply = fixture.post(shapes.signed("block-actions-home-tab-no-value.json",
                Map.of("user", MEMBER, "value", "leave-everything")));

        assertThat(reply.status()).isEqualTo(200);
        fixture.slack.await("a direct message to the member",
                call -> call.isApiCall("chat.postMessage") && MEMBER.equals(call.param("channel")), TIMEOUT);
    }

    @Test
    void homeOfAMemberOfManyGroupsStaysWithinSlacksViewLimits() {
        CommandParser parser = new CommandParser(new SlackMentionReader());
        Caller member = new Caller(new SpaceRef(Platform.SLACK, fixture.slack.workspace().teamId()), "Convene",
                new Identity(Platform.SLACK, MEMBER), "Many Groups", true, null);
        for (int number = 1; number <= 120; number++) {
            String slug = "circle-" + number;
            assertThat(fixture.kit.commands.runText(member, "group create " + slug
                    + " \"Reading circle number " + number + " of the library council\"", parser).failed()).isFalse();
            assertThat(fixture.kit.commands.runText(member, "join " + slug, parser).failed()).isFalse();
        }

        fixture.post(fixture.requests.appHomeOpened(MEMBER));

        JsonObject view = fixture.slack.awaitApiCall("views.publish", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonObject text = block.getAsJsonObject().getAsJsonObject("text");
            if (text != null) {
                assertThat(text.get("text").getAsString().length()).isLessThanOrEqualTo(3000);
            }
        }
        assertThat(view.toString()).contains("Reading circle number 1 ").contains("more: type `/meetup mine`");
    }

    private org.convene.slack.standin.SignedRequest homeClick(String command) {
        return shapes.signed("block-actions-home-tab.json", Map.of("user", MEMBER, "value", command));
    }
}
