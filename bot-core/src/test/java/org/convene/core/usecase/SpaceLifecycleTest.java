package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipient;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.RecordingPublisher;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Slack workspace that removed the app: its data stays, nothing is delivered there, admins hear elsewhere. */
class SpaceLifecycleTest {

    private static final SpaceRef WORKSPACE = new SpaceRef(Platform.SLACK, "T0LIBRARY");
    private static final SpaceRef GUILD = new SpaceRef(Platform.DISCORD, "900000000000000001");

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private SpaceLifecycleUseCase lifecycle;
    private final RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    private final RecordingPublisher discord = new RecordingPublisher(Platform.DISCORD);
    private Actor member;

    @BeforeEach
    void start() {
        lifecycle = new SpaceLifecycleUseCase(kit.jdbc, kit.communities, kit.members, kit.outbox, kit.clock);
        member = kit.enterSpace.enter(new EnterSpaceUseCase.Input(WORKSPACE, "Library", new Identity(Platform.SLACK,
                "U0MEMBER"), "Member", false));
    }

    @Test
    void messageForARemovedWorkspaceIsSkippedAndNotRetried() {
        addDirectMessage("before-removal");

        assertThat(lifecycle.removed(WORKSPACE)).isTrue();
        kit.worker("worker", slack, discord).drain();

        assertThat(slack.deliveries()).isEmpty();
        assertThat(status("before-removal")).isEqualTo("SKIPPED");
        assertThat(kit.outbox.pending()).isZero();
    }

    @Test
    void removedWorkspaceKeepsItsCommunityAndMembers() {
        lifecycle.removed(WORKSPACE);

        assertThat(kit.communities.bySpace(WORKSPACE)).isPresent();
        assertThat(kit.members.byIdentity(member.communityId(), new Identity(Platform.SLACK, "U0MEMBER")))
                .isPresent();
        assertThat(kit.communities.isSpaceActive(WORKSPACE)).isFalse();
    }

    @Test
    void usingTheWorkspaceAgainDeliversThereAgain() {
        lifecycle.removed(WORKSPACE);

        assertThat(lifecycle.used(WORKSPACE)).isTrue();
        addDirectMessage("after-return");
        kit.worker("worker", slack, discord).drain();

        assertThat(slack.deliveries()).hasSize(1);
        assertThat(status("after-return")).isEqualTo("SENT");
    }

    @Test
    void adminsAreToldInTheCommunitysOtherSpace() {
        long communityId = member.communityId();
        kit.communities.bindSpace(GUILD, communityId, "Library Discord");
        Member admin = kit.members.create(communityId, "Ada Admin", true, kit.clock.instant());
        kit.members.addIdentity(communityId, new Identity(Platform.DISCORD, "100000000000000042"), admin.id());
        kit.members.addIdentity(communityId, new Identity(Platform.SLACK, "U0ADA"), admin.id());

        lifecycle.removed(WORKSPACE);
        kit.worker("worker", slack, discord).drain();

        assertThat(slack.deliveries()).isEmpty();
        assertThat(discord.deliveries()).singleElement().satisfies(delivery -> assertThat(
                delivery.message().text().plain()).contains("removed from the Slack space T0LIBRARY"));
    }

    @Test
    void removingAnUnknownOrAlreadyRemovedWorkspaceDoesNothing() {
        assertThat(lifecycle.removed(new SpaceRef(Platform.SLACK, "T0UNKNOWN"))).isFalse();
        assertThat(lifecycle.removed(WORKSPACE)).isTrue();
        assertThat(lifecycle.removed(WORKSPACE)).isFalse();
    }

    private void addDirectMessage(String key) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, member.communityId(), null,
                member.member().id(), new Recipient(Platform.SLACK, WORKSPACE.spaceId(), "U0MEMBER"), "hello",
                kit.clock.instant()));
    }

    private String status(String key) {
        return kit.jdbc.one("select status from outbox where dedupe_key = ?", row -> row.getString("status"), key)
                .orElseThrow();
    }
}
