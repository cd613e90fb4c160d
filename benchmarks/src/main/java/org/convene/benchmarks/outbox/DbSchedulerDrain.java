package org.convene.benchmarks.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.benchmarks.postgres.PostgresAddress;
import org.convene.benchmarks.postgres.ReferenceDatabase;

/**
 * The reference of item 6: db-scheduler with the lock-and-fetch polling strategy, three scheduler instances of two
 * threads each, one-time tasks all due at once in a database of their own on the same server, each execution
 * recorded.
 */
final class DbSchedulerDrain {

    private static final String TABLE = """
            create table scheduled_tasks (
                task_name text not null,
                task_instance text not null,
                task_data bytea,
                execution_time timestamp with time zone not null,
                picked boolean not null,
                picked_by text,
                last_success timestamp with time zone,
                last_failure timestamp with time zone,
                consecutive_failures int,
                last_heartbeat timestamp with time zone,
                version bigint not null,
                priority smallint,
                primary key (task_name, task_instance))""";

    private DbSchedulerDrain() {
    }

    static DrainRecord run(PostgresAddress server, int messages) throws Exception {
        PostgresAddress address = ReferenceDatabase.create(server, "db_scheduler_reference");
        ReferenceDatabase.execute(address, TABLE,
                "create index execution_time_idx on scheduled_tasks (execution_time)",
                "create index last_heartbeat_idx on scheduled_tasks (last_heartbeat)",
                "create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc)",
                "insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority) "
                        + "select 'deliver', 'bulk:' || n, now() + interval '1 day', false, 1, 0 "
                        + "from generate_series(0, " + (messages - 1) + ") n");
        DrainRecord record = new DrainRecord(messages);
        OneTimeTask<Void> deliver = Tasks.oneTime("deliver")
                .execute((instance, context) -> record.ran(instance.getId()));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setMaximumPoolSize(12);
        config.setPoolName("db-scheduler");
        List<Scheduler> schedulers = new ArrayList<>();
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            try {
                drain(dataSource, deliver, record, schedulers);
            } finally {
                // Stopped while the pool is open, so each scheduler completes its last executions.
                schedulers.forEach(Scheduler::stop);
            }
        }
        record.checkExactlyOnce("db-scheduler");
        return record;
    }

    private static void drain(HikariDataSource dataSource, OneTimeTask<Void> deliver, DrainRecord record,
                              List<Scheduler> schedulers) throws Exception {
        for (int instance = 0; instance < ConveneOutboxDrain.POOLS; instance++) {
            schedulers.add(Scheduler.create(dataSource, deliver)
                    .schedulerName(new SchedulerName.Fixed("instance-" + instance))
                    .threads(ConveneOutboxDrain.THREADS_PER_POOL)
                    .pollUsingLockAndFetch(0.5, 1.0)
                    .pollingInterval(Duration.ofSeconds(1))
                    .build());
        }
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement due = connection.prepareStatement(
                     "update scheduled_tasks set execution_time = ?")) {
            due.setTimestamp(1, Timestamp.from(Instant.now()));
            due.executeUpdate();
        }
        record.markDue();
        schedulers.forEach(Scheduler::start);
        record.awaitAll("db-scheduler", 600);
    }
}
