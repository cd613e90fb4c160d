package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.convene.core.port.OutboxLoad;

/** Counts the due pending outbox messages and finds the oldest due time in one statement. */
public final class JdbcOutboxLoad implements OutboxLoad {

    private final Jdbc jdbc;

    @Inject
    public JdbcOutboxLoad(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Waiting waiting(Instant now) {
        return jdbc.one("""
                select count(*) as waiting, min(due_at) as oldest from outbox
                where status = 'PENDING' and due_at <= ?""",
                row -> new Waiting(row.getLong("waiting"), Optional.ofNullable(Rows.instant(row, "oldest"))), now)
                .orElse(new Waiting(0, Optional.empty()));
    }
}
