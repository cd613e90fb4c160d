package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Messages that can never go out stop being retried after a bounded number of tries and time, recorded as failed. */
class OutboxGivingUpTest {

    private static final Duration THREE_HOURS = Duration.ofHours(3);

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.admin();

    @Test
    void aMessageForAPlatformNoInstancePublishesIsRecordedFailedAfterBoundedTries() {
        add("sample:1", Platform.DISCORD);

        drainEveryQuarterHourFor(THREE_HOURS, kit.worker("console-only"));

        assertThat(status("sample:1")).isEqualTo("FAILED");
        assertThat(attempts("sample:1")).isEqualTo(OutboxWorker.MAX_ATTEMPTS);
        assertThat(kit.outbox.pending()).isZero();
    }

    @Test
    void aMessageAlwaysAnsweredWithAnHourLongRetryAfterIsRecordedFailedWithinThreeHours() {
        kit.console.answer(delivery -> delivery.key().startsWith("limited:")
                ? new Delivery.Retry(Duration.ofHours(1), "429 Too Many Requests") : new Delivery.Sent("ok"));
        add("limited:1", Platform.CONSOLE);

        drainEveryQuarterHourFor(THREE_HOURS, kit.worker("test"));

        assertThat(status("limited:1")).isEqualTo("FAILED");
        assertThat(kit.console.deliveries()).filteredOn(delivery -> delivery.key().equals("limited:1"))
                .hasSize(OutboxWorker.MAX_ATTEMPTS);
    }

    private void drainEveryQuarterHourFor(Duration span, OutboxWorker worker) {
        for (Duration passed = Duration.ZERO; passed.compareTo(span) <= 0; passed = passed.plusMinutes(15)) {
            worker.drain();
            kit.clock.advance(Duration.ofMinutes(15));
        }
    }

    private void add(String key, Platform platform) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                admin.memberId(), new Recipient(platform, "library-council", "ada-admin"), "hello",
                kit.clock.instant()));
    }

    private String status(String key) {
        return kit.jdbc.one("select status from outbox where dedupe_key = ?", row -> row.getString(1), key)
                .orElseThrow();
    }

    private int attempts(String key) {
        return kit.jdbc.one("select attempts from outbox where dedupe_key = ?", row -> row.getInt(1), key)
                .orElseThrow();
    }
}
