package org.convene.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.core.testing.CoreKit.GENERAL;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.convene.core.store.JdbcOutboxLoad;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox gauges read the due backlog and its oldest message's age with one statement per few seconds. */
class OutboxGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Actor admin;

    @BeforeEach
    void setUp() {
        admin = kit.bookClubAnnouncingIn(GENERAL);
        new OutboxGauges(new JdbcOutboxLoad(kit.jdbc), kit.clock).bindTo(registry);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        assertThat(gauge("convene.outbox.backlog")).isZero();
        assertThat(gauge("convene.outbox.oldest.due.age")).isZero();
    }

    @Test
    void aDueMessageCountsAndAgesUntilItIsDelivered() {
        kit.postEvent.post(admin, Events.capped("bookclub", kit.clock.instant().plus(Duration.ofDays(5)), 10, 0));
        kit.clock.advance(Duration.ofSeconds(90));

        assertThat(gauge("convene.outbox.backlog")).isEqualTo(1);
        assertThat(gauge("convene.outbox.oldest.due.age")).isEqualTo(90);

        kit.worker("test", kit.console).drain();
        kit.clock.advance(OutboxGauges.FRESHNESS);

        assertThat(gauge("convene.outbox.backlog")).isZero();
        assertThat(gauge("convene.outbox.oldest.due.age")).isZero();
    }

    @Test
    void scrapesWithinAFewSecondsShareOneStatement() {
        gauge("convene.outbox.backlog");
        long before = kit.statements.statements();

        kit.clock.advance(OutboxGauges.FRESHNESS.minusSeconds(1));
        gauge("convene.outbox.backlog");
        gauge("convene.outbox.oldest.due.age");
        long cached = kit.statements.statements() - before;
        kit.clock.advance(Duration.ofSeconds(1));
        gauge("convene.outbox.oldest.due.age");

        assertThat(cached).isZero();
        assertThat(kit.statements.statements() - before).isEqualTo(1);
    }
}
