package org.convene.core.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.core.outbox.FailureReporter;
import org.convene.core.outbox.MessageComposer;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Recipients;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.store.Jdbc;
import org.convene.core.store.JdbcCommunityRepository;
import org.convene.core.store.JdbcEventRepository;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcMemberRepository;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcRsvpRepository;

/**
 * An instance of its own JVM that only delivers the outbox, to {@link TablePlatform}, printing
 * {@code accepted N} as it goes; a test starts it and kills it. Arguments: the JDBC address, the instance's name
 * and its number of worker threads.
 */
public final class OutboxInstance {

    public static final String PROGRESS = "accepted ";
    /** The table platform answers in milliseconds: a minute's lease covers a full claim of fifty. */
    private static final Duration TABLE_SEND = Duration.ofSeconds(1);

    private OutboxInstance() {
    }

    public static void main(String[] arguments) throws Exception {
        String name = arguments[1];
        int threads = Integer.parseInt(arguments[2]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(arguments[0]);
        config.setMaximumPoolSize(threads + 1);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Jdbc jdbc = new Jdbc(dataSource);
            OutboxRepository outbox = new JdbcOutboxRepository(jdbc);
            TablePlatform platform = new TablePlatform(jdbc, name, count -> {
                if (count % 100 == 0) {
                    System.out.println(PROGRESS + count);
                    System.out.flush();
                }
            });
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                OutboxWorker worker = worker(jdbc, outbox, name + "-" + thread, platform);
                running.add(pool.submit(worker::drain));
            }
            for (Future<Integer> worker : running) {
                worker.get();
            }
            pool.shutdown();
        }
    }

    /** A worker over the real clock, as an instance runs it, delivering to {@code platform}. */
    public static OutboxWorker worker(Jdbc jdbc, OutboxRepository outbox, String owner, TablePlatform platform) {
        return worker(jdbc, outbox, owner, platform, Clock.systemUTC());
    }

    public static OutboxWorker worker(Jdbc jdbc, OutboxRepository outbox, String owner, TablePlatform platform,
                                      Clock clock) {
        CommunityRepository communities = new JdbcCommunityRepository(jdbc);
        GroupRepository groups = new JdbcGroupRepository(jdbc);
        MemberRepository members = new JdbcMemberRepository(jdbc);
        JdbcEventRepository events = new JdbcEventRepository(jdbc);
        MessageComposer composer = new MessageComposer(events, groups, new JdbcRsvpRepository(jdbc), outbox,
                communities, new org.convene.core.store.JdbcPollRepository(jdbc), clock);
        FailureReporter failures = new FailureReporter(outbox, events, groups, members,
                new Recipients(members, communities), clock);
        return new OutboxWorker(outbox, composer, List.of(platform), failures, clock, owner,
                Duration.ofSeconds(60), TABLE_SEND);
    }
}
