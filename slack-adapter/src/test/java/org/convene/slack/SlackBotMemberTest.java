package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What a member does in Slack, end to end: real Bolt, the real HTTP front, the stand-in, the core on PostgreSQL. */
class SlackBotMemberTest {

    private static final String MEMBER = "U0MEMBER";
    private static final String OTHER = "U0OTHER";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    @Test
    void memberListsTheGroups() {
        fixture.groupWithEvent("");

        RecordedCall answer = fixture.command(MEMBER, "groups");

        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(shown(answer)).contains("Code4Lib NYC");
    }

    @Test
    void memberJoinsAGroup() {
        fixture.groupWithEvent("");

        assertThat(shown(fixture.command(MEMBER, "join " + GROUP))).contains("You joined Code4Lib NYC");
        assertThat(shown(fixture.command(MEMBER, "join " + GROUP))).contains("already a member");
    }

    @Test
    void memberListsEventsWithTimesInTheirOwnZone() {
        fixture.groupWithEvent("");

        String shown = shown(fixture.command(MEMBER, "events"));

        assertThat(shown).contains("Book club").contains("<!date^");
    }

    @Test
    void memberRsvpsByCommand() {
        long eventId = fixture.groupWithEvent("");

        String shown = shown(fixture.command(MEMBER, "rsvp " + eventId + " going"));

        assertThat(shown).contains("You're going to").contains("1 going");
    }

    @Test
    void memberRsvpsByButtonAndTheChannelCardShowsTheNewCount() {
        long eventId = fixture.groupWithEvent("");
        String command = "rsvp " + eventId + " going";

        HttpReply reply = fixture.post(fixture.requests.blockAction(new Origin(MEMBER, CHANNEL), "1767225600.000042",
                new Action(command, "event-" + eventId + "-actions-0", command), fixture.slack.responseUrl("click")));

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall update = fixture.slack.awaitApiCall("chat.update", TIMEOUT);
        assertThat(update.param("channel")).isEqualTo(CHANNEL);
        assertThat(update.param("ts")).isEqualTo("1767225600.000042");
        assertThat(update.param("blocks")).contains("1 going").doesNotContain("*You*");
        assertThat(shown(fixture.slack.awaitResponseUrlPost("click", TIMEOUT))).contains("You're going to")
                .contains("*You*");
    }

    @Test
    void memberRsvpsByButtonOnAnEphemeralCardWhichIsReplacedInPlace() {
        long eventId = fixture.groupWithEvent("");
        String command = "rsvp " + eventId + " maybe";
        SignedRequest click = fixture.requests.blockAction(new Origin(MEMBER, CHANNEL), "1767225600.000043",
                new Action(command, "event-" + eventId + "-actions-0", command), fixture.slack.responseUrl("mine"));
        JsonObject payload = JsonParser.parseString(URLDecoder.decode(
                click.body().substring("payload=".length()), StandardCharsets.UTF_8)).getAsJsonObject();
        payload.getAsJsonObject("container").addProperty("is_ephemeral", true);

        HttpReply reply = fixture.post(fixture.requests.signForm(Map.of("payload", payload.toString())));

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall replaced = fixture.slack.awaitResponseUrlPost("mine", TIMEOUT);
        assertThat(replaced.param("replace_original")).isEqualTo("true");
        assertThat(shown(replaced)).contains("Marked as maybe").contains("*You*\\nMaybe");
        assertThat(fixture.slack.apiCalls("chat.update")).isEmpty();
    }

    @Test
    void cappedEventFillsAndTheNextMemberIsToldTheirWaitlistPlace() {
        long eventId = fixture.groupWithEvent("capacity=1");

        assertThat(shown(fixture.command(MEMBER, "rsvp " + eventId))).contains("You're going to");
        String second = shown(fixture.command(OTHER, "rsvp " + eventId));

        assertThat(second).contains("#1 on the waitlist");
    }

    @Test
    void workspaceAdminMayCreateAGroup() {
        assertThat(shown(fixture.command(ADMIN, "group create a11y \"Accessibility\""))).contains("Created");
    }

    @Test
    void plainMemberIsRefusedCreatingAGroup() {
        String shown = shown(fixture.command(MEMBER, "group create a11y \"Accessibility\""));

        assertThat(shown).contains("Only community admins");
        assertThat(shown(fixture.command(MEMBER, "groups"))).doesNotContain("Accessibility");
    }
}
