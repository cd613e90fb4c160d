package org.convene.config;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.convene.core.port.OutboxBacklog;
import org.convene.core.store.Database;
import org.convene.http.ReadinessCheck;

/**
 * The instance's own readiness facts: the database answers one {@code select 1}, and the oldest due outbox message
 * has waited less than the configured age. The chat platforms add their own facts beside these.
 */
public final class CoreReadiness {

    private final Database database;
    private final OutboxBacklog backlog;
    private final Clock clock;
    private final Duration outboxAge;

    @Inject
    public CoreReadiness(Database database, OutboxBacklog backlog, Clock clock, Settings settings) {
        this.database = requireNonNull(database, "database");
        this.backlog = requireNonNull(backlog, "backlog");
        this.clock = requireNonNull(clock, "clock");
        this.outboxAge = settings.http().readyOutboxAge();
    }

    /** Not ready while the database does not answer {@code select 1}. */
    public ReadinessCheck database() {
        return () -> {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet answer = statement.executeQuery("select 1")) {
                return answer.next() ? Optional.empty() : Optional.of("database: select 1 answered nothing");
            } catch (Exception failure) {
                return Optional.of("database: does not answer (" + failure.getClass().getSimpleName() + ")");
            }
        };
    }

    /** Not ready while a due outbox message has waited longer than the configured age. */
    public ReadinessCheck outbox() {
        return () -> {
            Instant now = clock.instant();
            Optional<Instant> oldest;
            try {
                oldest = backlog.oldestDue(now);
            } catch (RuntimeException failure) {
                return Optional.of("outbox: could not be read (" + failure.getClass().getSimpleName() + ")");
            }
            return oldest.map(due -> Duration.between(due, now)).filter(waited -> waited.compareTo(outboxAge) > 0)
                    .map(waited -> "outbox: the oldest due message has waited " + waited.toMinutes()
                            + " min, longer than " + outboxAge.toMinutes() + " min");
        };
    }
}
