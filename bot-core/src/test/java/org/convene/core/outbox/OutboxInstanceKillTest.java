package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.OutboxInstance;
import org.convene.core.testing.TablePlatform;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An instance killed with SIGKILL in the middle of delivering loses no message; only those the platform accepted
 * and the instance had not yet marked go out twice, once the rest is drained by a surviving worker.
 */
class OutboxInstanceKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxInstanceKillTest.class);
    private static final int MESSAGES = 10_000;
    private static final int THREADS = 4;
    private static final int KILL_AFTER = 3_000;

    private CoreKit kit;

    @Test
    void killingAnInstanceMidRunLosesNoneAndRepeatsOnlyThoseInFlight() throws Exception {
        try (CoreKit started = new CoreKit(TestDatabase.fresh(6))) {
            kit = started;
            Actor admin = kit.admin();
            kit.jdbc.update(TablePlatform.TABLE);
            kit.jdbc.update("""
                    insert into outbox (dedupe_key, kind, community_id, member_id, platform, space_id, user_id,
                        detail, due_at, created_at)
                    select 'kill:' || n, 'DELIVERY_FAILED', ?, ?, 'CONSOLE', 'library-council', 'ada-admin',
                        'message ' || n, ?, ? from generate_series(1, ?) n""", admin.communityId(),
                    admin.memberId(), kit.clock.instant(), kit.clock.instant(), MESSAGES);
            long begun = System.nanoTime();

            Process instance = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), OutboxInstance.class.getName(), kit.database.jdbcUrl(),
                    "doomed", String.valueOf(THREADS)).redirectErrorStream(true).start();
            CompletableFuture<Integer> underWay = progress(instance);
            try {
                assertThat(underWay.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(KILL_AFTER);
            } finally {
                instance.destroyForcibly();
                assertThat(instance.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int inFlight = count("select count(distinct a.dedupe_key) from accepted a join outbox o "
                    + "using (dedupe_key) where o.status = 'PENDING'");
            int acceptedBeforeTheKill = count("select count(*) from accepted");
            assertThat(acceptedBeforeTheKill).isLessThan(MESSAGES);

            Clock afterTheLeases = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
            TablePlatform survivor = new TablePlatform(kit.jdbc, "survivor", count -> { });
            List<CompletableFuture<Integer>> draining = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                OutboxWorker worker = OutboxInstance.worker(kit.jdbc, kit.outbox, "survivor-" + thread, survivor,
                        afterTheLeases);
                draining.add(CompletableFuture.supplyAsync(worker::drain));
            }
            for (CompletableFuture<Integer> worker : draining) {
                worker.get(60, TimeUnit.SECONDS);
            }

            assertThat(count("select count(*) from outbox o where not exists "
                    + "(select 1 from accepted a where a.dedupe_key = o.dedupe_key)")).as("lost").isZero();
            assertThat(count("select count(*) from outbox where status <> 'SENT'")).isZero();
            int duplicates = count("select count(*) from (select dedupe_key from accepted group by dedupe_key "
                    + "having count(*) > 1) repeated");
            LOG.info("Killed after {} accepted: {} in flight (accepted, not marked), {} lost, {} duplicates, {} ms",
                    acceptedBeforeTheKill, inFlight, 0, duplicates, (System.nanoTime() - begun) / 1_000_000);
            assertThat(duplicates).as("duplicates: exactly the accepted but unmarked").isEqualTo(inFlight);
            assertThat(inFlight).as("in flight at the kill: one per worker thread at most")
                    .isLessThanOrEqualTo(THREADS);
            assertThat(count("select count(*) from accepted where accepted_by = 'survivor'")).isPositive();
        }
    }

    private int count(String sql) {
        return kit.jdbc.one(sql, row -> row.getInt(1)).orElseThrow();
    }

    /** Completes with the instance's count of accepted messages once it reaches {@link #KILL_AFTER}. */
    private static CompletableFuture<Integer> progress(Process instance) {
        CompletableFuture<Integer> reached = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("instance-output").start(() -> {
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(instance.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(OutboxInstance.PROGRESS)) {
                        int accepted = Integer.parseInt(line.substring(OutboxInstance.PROGRESS.length()).strip());
                        if (accepted >= KILL_AFTER) {
                            reached.complete(accepted);
                        }
                    } else if (output.length() < 10_000) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException failure) {
                reached.completeExceptionally(new UncheckedIOException(failure));
            }
            reached.completeExceptionally(new IllegalStateException("the instance ended early:\n" + output));
        });
        return reached;
    }
}
