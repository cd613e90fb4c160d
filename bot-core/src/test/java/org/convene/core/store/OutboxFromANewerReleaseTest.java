package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Lease;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.outbox.Recipient;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.Test;

/**
 * During a rolling upgrade the outbox is shared with a newer release, which may queue messages this code cannot
 * read; claiming leaves those for the newer instances and still delivers the rest.
 */
class OutboxFromANewerReleaseTest {

    @Test
    void aMessageOfAKindOrPlatformThisCodeDoesNotKnowIsLeftPendingAndUnleasedWhileTheOthersAreClaimed() {
        try (CoreKit kit = new CoreKit()) {
            JdbcOutboxRepository outbox = new JdbcOutboxRepository(kit.jdbc);
            Actor admin = kit.admin();
            Instant now = kit.clock.instant();
            add(kit, admin, "newer-kind", now.minus(Duration.ofMinutes(3)));
            add(kit, admin, "newer-platform", now.minus(Duration.ofMinutes(2)));
            add(kit, admin, "known", now.minus(Duration.ofMinutes(1)));
            kit.jdbc.update("update outbox set kind = 'FROM_A_NEWER_RELEASE' where dedupe_key = 'newer-kind'");
            kit.jdbc.update("update outbox set platform = 'FROM_A_NEWER_RELEASE' where dedupe_key = 'newer-platform'");

            List<OutboxMessage> claimed = outbox.claim(Lease.next("released"), now, Duration.ofMinutes(1), 10);

            assertThat(claimed).extracting(OutboxMessage::dedupeKey).containsExactly("known");
            assertThat(kit.jdbc.list("select dedupe_key from outbox where status = 'PENDING' and lease_owner is null"
                    + " and attempts = 0 order by dedupe_key", row -> row.getString(1)))
                    .containsExactly("newer-kind", "newer-platform");
        }
    }

    private static void add(CoreKit kit, Actor admin, String key, Instant due) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                admin.memberId(), new Recipient(Platform.CONSOLE, "library-council", "ada-admin"), key, due));
    }
}
