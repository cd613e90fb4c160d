package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import java.util.Map;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SlackFixtures;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Payloads of the shapes Slack really sends: org-wide installs ({@code "team": null}, an enterprise, users without a
 * {@code name}), Slack Connect users from another workspace, and a slash command's string
 * {@code is_enterprise_install}. Each is answered, with no server error and no stack trace in the log.
 */
class SlackRealPayloadShapesTest {

    private static final String GUEST = "U0GUEST";
    private static final String OTHER_TEAM = "T0PARTNER";
    private static final String BRANCH_TEAM = "T0BRANCH";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private final SlackFixtures shapes = fixture.shapes();
    @AutoClose
    private final LogCapture log = new LogCapture();

    @Test
    void buttonClickFromAnOrgWideInstallIsRecordedAndAnswered() {
        long eventId = fixture.groupWithEvent("");

        HttpReply reply = fixture.post(shapes.signed("block-actions-org-wide-install.json", Map.of("user", "W0OWNER",
                "userTeam", BRANCH_TEAM, "channel", CHANNEL, "value", "rsvp " + eventId + " going",
                "responseUrl", fixture.slack.responseUrl("org-click"))));

        assertThat(reply.status()).isEqualTo(200);
        RecordedCall answer = fixture.slack.awaitResponseUrlPost("org-click", TIMEOUT);
        assertThat(shown(answer)).contains("You're going to");
        assertThat(shown(fixture.command(ADMIN, "attendees " + eventId))).contains("W0OWNER");
        assertThat(log.withStackTraces()).isEmpty();
    }

    @Test
    void slashCommandFromAnOrgWideInstallLandsInTheInstallingWorkspacesCommunity() {
        fixture.groupWithEvent("");

        HttpReply reply = fixture.post(shapes.signed("slash-command-org-wide-install.form", Map.of("user", "W0OWNER",
                "userTeam", BRANCH_TEAM, "channel", CHANNEL, "text", "join " + GROUP,
                "responseUrl", fixture.slack.responseUrl("org-join"))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(shown(fixture.slack.awaitResponseUrlPost("org-join", TIMEOUT))).contains("You joined Code4Lib NYC");
        assertThat(log.withStackTraces()).isEmpty();
    }

    @Test
    void slackConnectUserIsAMemberOfTheInstallingCommunityButNeverAnAdmin() {
        fixture.groupWithEvent("");
        fixture.slack.setUser(GUEST, true, true);

        String join = command("join " + GROUP, "connect-join");
        String create = command("group create partners \"Partners\"", "connect-create");

        assertThat(join).contains("You joined Code4Lib NYC");
        assertThat(create).contains("Only community admins");
        assertThat(shown(fixture.command(ADMIN, "groups"))).doesNotContain("Partners");
    }

    @Test
    void slackConnectUsersButtonClickCountsInTheInstallingCommunity() {
        long eventId = fixture.groupWithEvent("");

        HttpReply reply = fixture.post(shapes.signed("block-actions-slack-connect.json", Map.of("user", GUEST,
                "userTeam", OTHER_TEAM, "channel", CHANNEL, "value", "rsvp " + eventId + " going",
                "responseUrl", fixture.slack.responseUrl("connect-click"))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(shown(fixture.slack.awaitResponseUrlPost("connect-click", TIMEOUT))).contains("You're going to");
        assertThat(fixture.slack.awaitApiCall("chat.update", TIMEOUT).param("blocks")).contains("1 going");
        assertThat(log.withStackTraces()).isEmpty();
    }

    @Test
    void eventFormFromAnOrgWideInstallPostsTheEvent() {
        fixture.groupWithEvent("");
        fixture.slack.setUser("W0OWNER", true, false);

        HttpReply reply = fixture.post(shapes.signed("view-submission-org-wide-install.json", Map.of(
                "user", "W0OWNER", "userTeam", fixture.slack.workspace().teamId(), "metadata", "post:" + GROUP,
                "title", "Org-wide social", "date", "2026-12-10", "time", "18:00")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("errors");
        RecordedCall message = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
        assertThat(message.param("channel")).isEqualTo("W0OWNER");
        assertThat(shown(message)).contains("Posted #").contains("Org-wide social");
        assertThat(log.withStackTraces()).isEmpty();
    }

    private String command(String text, String responseId) {
        HttpReply reply = fixture.post(shapes.signed("slash-command-enterprise.form", Map.of("user", GUEST,
                "userTeam", OTHER_TEAM, "channel", CHANNEL, "text", text,
                "responseUrl", fixture.slack.responseUrl(responseId))));
        assertThat(reply.status()).isEqualTo(200);
        return shown(fixture.slack.awaitResponseUrlPost(responseId, TIMEOUT));
    }
}
