package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.convene.core.store.JdbcCommunityRepository;
import org.convene.core.store.JdbcEventRepository;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcPollRepository;
import org.convene.core.store.JdbcRsvpRepository;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Each kind of a feature's message has one composer, and the messages about events stay the core's own. */
class KindComposersTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @Test
    void twoComposersOfOneKindAreRefused() {
        KindComposer proposals = KindComposer.asQueued(EnumSet.of(MessageKind.PROPOSAL_RECEIVED));
        KindComposer again = KindComposer.asQueued(EnumSet.of(MessageKind.PROPOSAL_DECIDED,
                MessageKind.PROPOSAL_RECEIVED));

        assertThatThrownBy(() -> composer(Set.of(proposals, again))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROPOSAL_RECEIVED");
    }

    @Test
    void aComposerOfTheCoresOwnMessagesIsRefused() {
        assertThatThrownBy(() -> composer(Set.of(KindComposer.asQueued(EnumSet.of(MessageKind.PRIVATE_LINK)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIVATE_LINK");
    }

    private MessageComposer composer(Set<KindComposer> composers) {
        return new MessageComposer(new JdbcEventRepository(kit.jdbc), new JdbcGroupRepository(kit.jdbc),
                new JdbcRsvpRepository(kit.jdbc), new JdbcOutboxRepository(kit.jdbc),
                new JdbcCommunityRepository(kit.jdbc), new JdbcPollRepository(kit.jdbc), Clock.systemUTC(),
                ReminderMutes.NONE, composers);
    }
}
