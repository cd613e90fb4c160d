package org.convene.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.convene.core.domain.Platform;
import org.convene.core.store.Jdbc;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.RecordingPublisher;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Nothing thrown inside the outbox, not even an {@link Error}, stops a worker for good or passes unlogged. */
class OutboxRunnerTest {

    private CoreKit kit;
    private Actor admin;
    private ListAppender<ILoggingEvent> logged;
    private Logger runnerLog;

    @BeforeEach
    void setUp() {
        kit = new CoreKit();
        admin = kit.admin();
        runnerLog = (Logger) LoggerFactory.getLogger(OutboxRunner.class);
        logged = new ListAppender<>();
        logged.start();
        runnerLog.addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        runnerLog.detachAppender(logged);
        kit.close();
    }

    @Test
    void aWorkerHitByAnErrorLogsItAndKeepsDelivering() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        OutboxWorker worker = new OutboxWorker(new JdbcOutboxRepository(new Jdbc(failingOnce(failNext))),
                kit.composer, List.of(kit.console), kit.failures, kit.clock, "runner", Duration.ofSeconds(60),
                Duration.ofSeconds(20));
        CountDownLatch delivered = new CountDownLatch(1);
        kit.console.answer(delivery -> {
            delivered.countDown();
            return new Delivery.Sent("ok");
        });
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
        try (OutboxRunner runner = new OutboxRunner(kit.planner, List.of(worker), executor, Duration.ofMillis(20))) {
            add("waiting");
            runner.start();

            assertThat(delivered.await(10, TimeUnit.SECONDS)).as("delivered after the error").isTrue();
        }
        assertThat(failNext).as("the first round hit the error").isFalse();
        assertThat(logged.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(StackOverflowError.class.getName());
        });
    }

    @Test
    void aPublisherThrowingAnErrorLeavesTheRestOfTheBatchDeliveredAndItsMessageRetried() {
        RecordingPublisher publisher = new RecordingPublisher(Platform.CONSOLE);
        AtomicBoolean failNext = new AtomicBoolean(true);
        publisher.answer(delivery -> {
            if (delivery.key().equals("first") && failNext.getAndSet(false)) {
                throw new NoClassDefFoundError("a class the publisher needs");
            }
            return new Delivery.Sent("ok");
        });
        add("first");
        add("second");
        OutboxWorker worker = kit.worker("test", publisher);

        assertThat(worker.drain()).isEqualTo(2);
        assertThat(publisher.deliveries()).extracting(Delivery::key).containsExactly("first", "second");
        kit.clock.advance(Duration.ofSeconds(3));
        worker.drain();

        assertThat(publisher.deliveries()).extracting(Delivery::key).containsExactly("first", "second", "first");
        assertThat(kit.outbox.pending()).isZero();
    }

    private void add(String key) {
        kit.outbox.add(OutboxMessage.toMember(key, MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                admin.memberId(), new Recipient(Platform.CONSOLE, "library-council", "ada-admin"), key,
                kit.clock.instant()));
    }

    /** The test database, except that asking for a connection throws an Error once {@code failNext} is set. */
    private DataSource failingOnce(AtomicBoolean failNext) {
        DataSource real = kit.database.dataSource();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection") && failNext.getAndSet(false)) {
                        throw new StackOverflowError("deep in a driver");
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }
}
