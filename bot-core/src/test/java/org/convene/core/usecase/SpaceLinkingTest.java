package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;

import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Rsvp;

import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Joining spaces into one community keeps the joined community's queued messages and works for two of a platform. */
class SpaceLinkingTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @Test
    void joiningASpaceMovesItsQueuedMessagesToTheSurvivingCommunity() throws SQLException {
        Actor discordAdmin = kit.on(Platform.DISCORD, "guild-1", "d-admin", true);
        Actor slackAdmin = kit.on(Platform.SLACK, "T1", "s-admin", true);
        kit.createGroup.create(slackAdmin, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));
        kit.bindChannel.bind(slackAdmin, "a11y", new org.convene.core.domain.ChannelRef(Platform.SLACK, "T1", "C1"));
        kit.postEvent.post(slackAdmin, Events.capped("a11y", CoreKit.START.plus(Duration.ofDays(2)), 5, 0));
        long queued = count("select count(*) from outbox where community_id = " + slackAdmin.communityId());
        assertThat(queued).isPositive();

        kit.joinSpace.join(slackAdmin, kit.issueLinkCode.issue(discordAdmin, LinkCode.Purpose.SPACE).code());

        assertThat(count("select count(*) from outbox where community_id = " + discordAdmin.communityId()))
                .isEqualTo(queued);
        assertThat(count("select count(*) from outbox")).isEqualTo(queued);
    }

    @Test
    void twoDiscordServersWithTheSameAdminJoinIntoOneCommunityWithOneMemberAndExactSeats() {
        Actor firstServer = kit.on(Platform.DISCORD, "guild-1", "owner", true);
        Actor secondServer = kit.on(Platform.DISCORD, "guild-2", "owner", true);
        kit.createGroup.create(firstServer, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));
        kit.createGroup.create(secondServer, new CreateGroupUseCase.Input("digipres", "Digital Preservation", ""));
        Event first = kit.postEvent.post(firstServer,
                Events.capped("a11y", CoreKit.START.plus(Duration.ofDays(2)), 1, 0)).event();
        Event second = kit.postEvent.post(secondServer,
                Events.capped("digipres", CoreKit.START.plus(Duration.ofDays(3)), 1, 0)).event();
        Actor readerOnFirst = kit.on(Platform.DISCORD, "guild-1", "reader", false);
        Actor readerOnSecond = kit.on(Platform.DISCORD, "guild-2", "reader", false);
        Actor waiting = kit.on(Platform.DISCORD, "guild-1", "waiting", false);
        kit.rsvp.rsvp(readerOnFirst, new RsvpUseCase.Input(first.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(waiting, new RsvpUseCase.Input(first.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(readerOnSecond, new RsvpUseCase.Input(second.id(), Answer.GOING, 0));

        LinkCode code = kit.issueLinkCode.issue(firstServer, LinkCode.Purpose.SPACE);
        kit.joinSpace.join(secondServer, code.code());

        Actor ownerNow = kit.on(Platform.DISCORD, "guild-2", "owner", true);
        Actor readerNow = kit.on(Platform.DISCORD, "guild-2", "reader", false);
        assertThat(ownerNow.communityId()).isEqualTo(firstServer.communityId());
        assertThat(ownerNow.memberId()).isEqualTo(firstServer.memberId());
        assertThat(readerNow.memberId()).isEqualTo(readerOnFirst.memberId());
        assertThat(kit.rsvps.find(first.id(), readerNow.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.rsvps.find(second.id(), readerNow.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.rsvps.find(first.id(), waiting.memberId()).orElseThrow().waitlisted()).isTrue();
        for (Event event : new Event[] {first, second}) {
            int confirmed = kit.rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed)
                    .mapToInt(Rsvp::partySize).sum();
            assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(confirmed).isEqualTo(1);
        }
    }

    @Test
    void linkedAccountsAndAPersonInBothServersEndAsOneMemberWithTheWaitlistMovedUp() {
        Actor firstServer = kit.on(Platform.DISCORD, "guild-1", "owner", true);
        Actor secondServer = kit.on(Platform.DISCORD, "guild-2", "owner", true);
        kit.createGroup.create(firstServer, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));
        Event event = kit.postEvent.post(firstServer,
                Events.capped("a11y", CoreKit.START.plus(Duration.ofDays(2)), 2, 0)).event();
        Actor readerOnFirst = kit.on(Platform.DISCORD, "guild-1", "reader", false);
        Actor linkedMember = kit.on(Platform.DISCORD, "guild-1", "reader-alt", false);
        Actor waiting = kit.on(Platform.DISCORD, "guild-1", "waiting", false);
        kit.rsvp.rsvp(readerOnFirst, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(linkedMember, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        kit.rsvp.rsvp(waiting, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        Actor readerOnSecond = kit.on(Platform.DISCORD, "guild-2", "reader", false);
        kit.linkIdentity.link(linkedMember, kit.issueLinkCode.issue(readerOnFirst,
                LinkCode.Purpose.IDENTITY).code());

        kit.joinSpace.join(secondServer, kit.issueLinkCode.issue(firstServer, LinkCode.Purpose.SPACE).code());

        assertThat(kit.on(Platform.DISCORD, "guild-2", "reader", false).memberId()).isEqualTo(readerOnFirst.memberId());
        assertThat(kit.members.byId(readerOnSecond.memberId())).isEmpty();
        assertThat(kit.rsvps.find(event.id(), waiting.memberId()).orElseThrow().confirmed()).isTrue();
        assertThat(kit.events.byId(event.id()).orElseThrow().seatsTaken()).isEqualTo(2);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = kit.database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
