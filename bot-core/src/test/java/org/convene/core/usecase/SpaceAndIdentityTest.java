package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Identity;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SpaceAndIdentityTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();


    @Test
    void aNewSpaceGetsACommunityOfItsOwnInTheDefaultZone() {
        Actor first = kit.on(Platform.DISCORD, "guild-1", "u1", false);
        Actor second = kit.on(Platform.DISCORD, "guild-1", "u2", false);
        Actor elsewhere = kit.on(Platform.SLACK, "T1", "U1", false);

        assertThat(second.communityId()).isEqualTo(first.communityId());
        assertThat(elsewhere.communityId()).isNotEqualTo(first.communityId());
        assertThat(first.community().zone()).isEqualTo(CoreKit.NEW_YORK);
    }

    @Test
    void manyFirstRequestsFromOneNewSpaceAtOnceMakeOneCommunity() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Actor>> actors = new ArrayList<>();
        for (int index = 0; index < 32; index++) {
            String user = "u" + (index % 8);
            actors.add(pool.submit(() -> {
                gate.await();
                return kit.on(Platform.DISCORD, "busy-guild", user, false);
            }));
        }
        gate.countDown();
        List<Long> communities = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (Future<Actor> actor : actors) {
            communities.add(actor.get(30, TimeUnit.SECONDS).communityId());
            members.add(actor.get().memberId());
        }
        pool.shutdown();

        assertThat(communities).containsOnly(communities.getFirst());
        assertThat(members.stream().distinct()).hasSize(8);
    }

    @Test
    void aBurstOfFirstTimeUsersOverATinyPoolCompletesWithoutDeadlock() throws Exception {
        try (CoreKit small = new CoreKit(org.convene.core.testing.TestDatabase.fresh(2))) {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Actor>> actors = new ArrayList<>();
            for (int index = 0; index < 40; index++) {
                String user = "newcomer-" + index;
                actors.add(pool.submit(() -> {
                    gate.await();
                    return small.enterSpace.enter(new EnterSpaceUseCase.Input(new SpaceRef(Platform.SLACK, "T9"),
                            "T9", new Identity(Platform.SLACK, user), user, false));
                }));
            }
            gate.countDown();
            for (Future<Actor> actor : actors) {
                assertThat(actor.get(25, TimeUnit.SECONDS).community().name()).isEqualTo("T9");
            }
            pool.shutdown();
        }
    }

    @Test
    void anAdminJoinsASlackWorkspaceToADiscordCommunityWithACode() {
        Actor discordAdmin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        kit.createGroup.create(discordAdmin, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));
        Actor slackAdmin = kit.on(Platform.SLACK, "T1", "s-admin", true);
        LinkCode code = kit.issueLinkCode.issue(discordAdmin, LinkCode.Purpose.SPACE);

        kit.joinSpace.join(slackAdmin, code.code().toLowerCase());

        Actor slackMember = kit.on(Platform.SLACK, "T1", "s-member", false);
        assertThat(slackMember.communityId()).isEqualTo(discordAdmin.communityId());
        assertThat(kit.membership.join(slackMember, "a11y").changed()).isTrue();
    }

    @Test
    void aCodeWorksOnce() {
        Actor discordAdmin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        Actor slackAdmin = kit.on(Platform.SLACK, "T1", "s-admin", true);
        LinkCode code = kit.issueLinkCode.issue(discordAdmin, LinkCode.Purpose.SPACE);
        kit.joinSpace.join(slackAdmin, code.code());
        Actor otherAdmin = kit.on(Platform.SLACK, "T2", "s-admin", true);

        assertThatThrownBy(() -> kit.joinSpace.join(otherAdmin, code.code()))
                .hasMessageStartingWith("The code " + code.code() + " is unknown or has expired.");
    }

    @Test
    void anExpiredCodeIsRefused() {
        Actor discordAdmin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        Actor slackAdmin = kit.on(Platform.SLACK, "T1", "s-admin", true);
        LinkCode code = kit.issueLinkCode.issue(discordAdmin, LinkCode.Purpose.SPACE);
        kit.clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> kit.joinSpace.join(slackAdmin, code.code()))
                .hasMessageContaining("is unknown or has expired");
    }

    @Test
    void onlyAdminsJoinSpaces() {
        Actor member = kit.on(Platform.SLACK, "T1", "s-member", false);

        assertThatThrownBy(() -> kit.joinSpace.join(member, "ABCD-EFGH"))
                .hasMessage("Only community admins can join this space to another community.");
    }

    @Test
    void linkingTwoIdentitiesMergesTheirRsvpsAndMemberships() {
        Actor discordAdmin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        kit.joinSpace.join(kit.on(Platform.SLACK, "T1", "s-admin", true),
                kit.issueLinkCode.issue(discordAdmin, LinkCode.Purpose.SPACE).code());
        kit.createGroup.create(discordAdmin, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));
        Event event = kit.postEvent.post(discordAdmin,
                Events.capped("a11y", CoreKit.START.plus(Duration.ofDays(2)), 1, 0)).event();
        Actor onDiscord = kit.on(Platform.DISCORD, "guild-1", "grace-d", false);
        Actor onSlack = kit.on(Platform.SLACK, "T1", "grace-s", false);
        Actor waiting = kit.on(Platform.SLACK, "T1", "linus", false);
        kit.rsvp.rsvp(onSlack, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(waiting, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(onDiscord, new RsvpUseCase.Input(event.id(), Answer.MAYBE, 0));

        LinkCode code = kit.issueLinkCode.issue(onDiscord, LinkCode.Purpose.IDENTITY);
        kit.linkIdentity.link(onSlack, code.code());

        Actor again = kit.on(Platform.SLACK, "T1", "grace-s", false);
        assertThat(again.memberId()).isEqualTo(onDiscord.memberId());
        assertThat(kit.rsvps.find(event.id(), waiting.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(1);
        assertThat(kit.myAgenda.agenda(again).groups()).extracting(group -> group.slug()).containsExactly("a11y");
    }
}
