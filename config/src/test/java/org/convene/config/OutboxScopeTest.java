package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.testing.RecordingPublisher;
import org.junit.jupiter.api.Test;

/** An instance's workers claim what its publishers deliver: their platforms and, on Discord, its shard range. */
class OutboxScopeTest {

    @Test
    void anInstanceRunningOnlySlackClaimsOnlySlackMessages() {
        ClaimScope scope = Outbox.scope(List.of(new RecordingPublisher(Platform.SLACK)), discord(1, 0, 0));

        assertThat(scope.platforms()).containsExactly(Platform.SLACK);
    }

    @Test
    void anInstanceRunningShardOneOfTwoClaimsDiscordMessagesOfThatShardBesideTheConsole() {
        ClaimScope scope = Outbox.scope(List.of(new RecordingPublisher(Platform.DISCORD),
                new RecordingPublisher(Platform.CONSOLE)), discord(2, 1, 1));

        assertThat(scope).isEqualTo(new ClaimScope(Set.of(Platform.DISCORD, Platform.CONSOLE), 2, 1, 1));
        assertThat(scope.everyDiscordShard()).isFalse();
    }

    private static Settings.DiscordSection discord(int shards, int first, int last) {
        return new Settings.DiscordSection(Optional.of("token"), List.of(), Optional.empty(), Optional.empty(), shards,
                first, last);
    }
}
