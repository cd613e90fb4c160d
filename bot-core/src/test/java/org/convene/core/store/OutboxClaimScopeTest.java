package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.outbox.Lease;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipient;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Each instance claims only the outbox messages it can deliver: its platforms, and its Discord guilds' shards. */
class OutboxClaimScopeTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    /** A recent Discord timestamp, in milliseconds since Discord's epoch. */
    private static final long RECENT = 370_000_000_000L;
    private static final ClaimScope SHARD_ZERO = ClaimScope.of(EnumSet.of(Platform.DISCORD)).withDiscordShards(2, 0, 0);
    private static final ClaimScope SHARD_ONE = ClaimScope.of(EnumSet.of(Platform.DISCORD)).withDiscordShards(2, 1, 1);

    private final CoreKit kit = new CoreKit();
    private final JdbcOutboxRepository outbox = new JdbcOutboxRepository(kit.jdbc);
    private final Actor admin = kit.admin();
    private final Instant now = kit.clock.instant();

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void twoShardsOfTwoClaimDisjointSetsThatTogetherHoldEveryDiscordChannelMessage() {
        Set<String> onZero = new HashSet<>();
        Set<String> onOne = new HashSet<>();
        for (int index = 0; index < 10; index++) {
            String zero = guildOnShard(0, 2, index);
            String one = guildOnShard(1, 2, index);
            addToChannel("zero-" + index, Platform.DISCORD, zero);
            addToChannel("one-" + index, Platform.DISCORD, one);
            addCalendar("calendar-zero-" + index, zero);
            onZero.addAll(List.of("zero-" + index, "calendar-zero-" + index));
            onOne.add("one-" + index);
        }
        addToChannel("one-largest", Platform.DISCORD, "18446744073709551615");
        onOne.add("one-largest");

        List<String> claimedByZero = claim(SHARD_ZERO);
        List<String> claimedByOne = claim(SHARD_ONE);

        assertThat(claimedByZero).containsExactlyInAnyOrderElementsOf(onZero);
        assertThat(claimedByOne).containsExactlyInAnyOrderElementsOf(onOne);
        assertThat(outbox.pending()).isEqualTo(onZero.size() + onOne.size());
    }

    @Test
    void aDiscordDirectMessageIsClaimedByAnInstanceOfEitherShard() {
        addToMember("direct-zero", Platform.DISCORD, guildOnShard(0, 2, 1));
        addToMember("direct-one", Platform.DISCORD, guildOnShard(1, 2, 1));

        assertThat(claim(SHARD_ONE)).containsExactlyInAnyOrder("direct-zero", "direct-one");

        kit.clock.advance(LEASE);
        assertThat(claim(SHARD_ZERO)).containsExactlyInAnyOrder("direct-zero", "direct-one");
    }

    @Test
    void aSlackOnlyInstanceNeverClaimsDiscordMessagesNorADiscordOnlyOneSlackMessages() {
        addToChannel("discord-channel", Platform.DISCORD, guildOnShard(0, 1, 1));
        addToMember("discord-direct", Platform.DISCORD, guildOnShard(0, 1, 2));
        addToChannel("slack-channel", Platform.SLACK, "T0LIBRARY");
        addToMember("slack-direct", Platform.SLACK, "T0LIBRARY");
        addToMember("console-direct", Platform.CONSOLE, "library-council");

        assertThat(claim(ClaimScope.of(EnumSet.of(Platform.SLACK))))
                .containsExactlyInAnyOrder("slack-channel", "slack-direct");
        assertThat(claim(ClaimScope.of(EnumSet.of(Platform.DISCORD))))
                .containsExactlyInAnyOrder("discord-channel", "discord-direct");
        assertThat(claim(ClaimScope.of(EnumSet.of(Platform.CONSOLE)))).containsExactly("console-direct");
    }

    @Test
    void aSpaceIdThatIsNoSnowflakeIsOnNoShardAndLeavesTheClaimOfOthersQuietlyAlone() {
        addToChannel("not-a-snowflake", Platform.DISCORD, "library-council");
        addToChannel("too-long", Platform.DISCORD, "123456789012345678901");
        addToChannel("on-zero", Platform.DISCORD, guildOnShard(0, 2, 3));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            assertThat(claim(SHARD_ZERO)).containsExactly("on-zero");
            assertThat(claim(SHARD_ONE)).isEmpty();
        } finally {
            root.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
        assertThat(claim(ClaimScope.of(EnumSet.of(Platform.DISCORD))))
                .as("an instance running every shard still takes them, to find the guild unknown")
                .containsExactlyInAnyOrder("not-a-snowflake", "too-long");
    }

    /** A guild snowflake whose events Discord sends to this shard: {@code (id >> 22) % count == shard}. */
    private static String guildOnShard(int shard, int count, int index) {
        long timestamp = RECENT - RECENT % count + (long) index * count + shard;
        return Long.toUnsignedString(timestamp << 22 | (index * 4099L & 0x3FFFFF));
    }

    private List<String> claim(ClaimScope scope) {
        List<String> keys = new ArrayList<>();
        for (OutboxMessage message : outbox.claim(Lease.next("test"), scope, kit.clock.instant(), LEASE, 100)) {
            keys.add(message.dedupeKey());
        }
        return keys;
    }

    private void addToChannel(String key, Platform platform, String spaceId) {
        kit.outbox.add(OutboxMessage.toChannel(key, MessageKind.ANNOUNCEMENT, admin.communityId(), null, null,
                new ChannelRef(platform, spaceId, "C" + key), key, now));
    }

    private void addCalendar(String key, String spaceId) {
        kit.outbox.add(new OutboxMessage(0, key, MessageKind.CALENDAR, admin.communityId(), null, null, null,
                Platform.DISCORD, spaceId, null, null, key, now, 0));
    }

    private void addToMember(String key, Platform platform, String spaceId) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                admin.memberId(), new Recipient(platform, spaceId, "U" + key), key, now));
    }
}
