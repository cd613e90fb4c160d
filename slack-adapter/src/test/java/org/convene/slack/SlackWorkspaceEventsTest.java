package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.GROUP;

import java.util.Map;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipient;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SlackFixtures;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Events API callbacks: every signed one is acknowledged; uninstalls and revoked bot tokens stop delivery. */
class SlackWorkspaceEventsTest {

    private static final String MEMBER = "U0MEMBER";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private final SlackFixtures shapes = fixture.shapes();
    private final SpaceRef workspace = new SpaceRef(Platform.SLACK, fixture.slack.workspace().teamId());
    @AutoClose
    private final LogCapture log = new LogCapture();

    @Test
    void everySignedEventIsAcknowledgedEvenWhenTheAppDoesNotActOnIt() {
        Map<String, String> values = Map.of("user", MEMBER, "userTeam", "T0PARTNER", "channel", CHANNEL);
        for (String event : new String[] {"event-member-joined-channel.json", "event-message-slack-connect.json",
                "event-channel-shared.json", "event-app-home-opened-no-view.json"}) {
            HttpReply reply = fixture.post(shapes.signed(event, values));

            assertThat(reply.status()).as(event).isEqualTo(200);
        }
        assertThat(log.warnings()).noneMatch(line -> line.contains("No BoltEventHandler"));
        assertThat(log.withStackTraces()).isEmpty();
    }

    @Test
    void uninstallStopsDeliveryToTheWorkspaceUntilTheAppIsUsedThereAgain() {
        fixture.groupWithEvent("");
        fixture.command(MEMBER, "join " + GROUP);

        HttpReply reply = fixture.post(shapes.signed("event-app-uninstalled.json", Map.of()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(fixture.kit.communities.isSpaceActive(workspace)).isFalse();
        assertThat(fixture.kit.communities.bySpace(workspace)).isPresent();
        directMessage("while-removed");
        fixture.kit.worker("worker", fixture.bot.publisher()).drain();
        assertThat(sentTexts()).doesNotContain("while-removed");
        assertThat(fixture.kit.outbox.pending()).as("skipped, not waiting for a retry").isZero();

        fixture.command(MEMBER, "groups");
        directMessage("after-return");
        fixture.kit.worker("worker", fixture.bot.publisher()).drain();

        assertThat(fixture.kit.communities.isSpaceActive(workspace)).isTrue();
        assertThat(sentTexts()).contains("after-return");
    }

    @Test
    void revokedBotTokenStopsDeliveryButARevokedUserTokenDoesNot() {
        fixture.groupWithEvent("");

        assertThat(fixture.post(shapes.signed("event-tokens-revoked.json", Map.of("user", MEMBER))).status())
                .isEqualTo(200);
        assertThat(fixture.kit.communities.isSpaceActive(workspace)).isTrue();

        assertThat(fixture.post(shapes.signed("event-tokens-revoked.json", Map.of("user", MEMBER,
                "bots", "\"" + fixture.slack.workspace().botUserId() + "\""))).status()).isEqualTo(200);
        assertThat(fixture.kit.communities.isSpaceActive(workspace)).isFalse();
    }

    private void directMessage(String text) {
        long communityId = fixture.kit.communities.bySpace(workspace).orElseThrow().id();
        long memberId = fixture.kit.members.byIdentity(communityId, new org.convene.core.domain.Identity(
                Platform.SLACK, MEMBER)).orElseThrow().id();
        fixture.kit.outbox.add(OutboxMessage.toMember(text, MessageKind.DELIVERY_FAILED, communityId, null, memberId,
                new Recipient(Platform.SLACK, workspace.spaceId(), MEMBER), text, fixture.kit.clock.instant()));
    }

    private String sentTexts() {
        return fixture.slack.apiCalls("chat.postMessage").stream().map(call -> call.param("text")).toList().toString();
    }
}
