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

class OutboxBacklogTest {

    @Test
    void theOldestDueIsThatOfTheEarliestPendingMessageAlreadyDueNotOfOneSentOrNotYetDue() {
        try (CoreKit kit = new CoreKit()) {
            JdbcOutboxRepository outbox = new JdbcOutboxRepository(kit.jdbc);
            Actor admin = kit.admin();
            Instant now = kit.clock.instant();
            assertThat(outbox.oldestDue(now)).isEmpty();

            add(kit, admin, "sent", now.minus(Duration.ofMinutes(30)));
            Lease lease = Lease.next("test");
            List<OutboxMessage> claimed = outbox.claim(lease, now, Duration.ofMinutes(1), 10);
            assertThat(outbox.markSent(claimed.getFirst().id(), lease, "ref", now)).isTrue();
            add(kit, admin, "later", now.plus(Duration.ofMinutes(5)));
            assertThat(outbox.oldestDue(now)).isEmpty();

            add(kit, admin, "recent", now.minus(Duration.ofMinutes(2)));
            add(kit, admin, "older", now.minus(Duration.ofMinutes(7)));

            assertThat(outbox.oldestDue(now)).contains(now.minus(Duration.ofMinutes(7)));
        }
    }

    private static void add(CoreKit kit, Actor admin, String key, Instant due) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                admin.memberId(), new Recipient(Platform.CONSOLE, "library-council", "ada-admin"), key, due));
    }
}
