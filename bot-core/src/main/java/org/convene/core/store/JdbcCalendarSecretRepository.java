package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.convene.core.port.CalendarSecretRepository;

/** Personal calendar secrets' hashes in PostgreSQL. */
public final class JdbcCalendarSecretRepository implements CalendarSecretRepository {

    private final Jdbc jdbc;

    @Inject
    public JdbcCalendarSecretRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean exists(long memberId) {
        return jdbc.one("select 1 from calendar_secret where member_id = ?", row -> true, memberId).isPresent();
    }

    @Override
    public void replace(long memberId, byte[] secretHash, Instant now) {
        jdbc.update("""
                insert into calendar_secret (member_id, secret_hash, created_at) values (?, ?, ?)
                on conflict (member_id) do update set secret_hash = excluded.secret_hash,
                    created_at = excluded.created_at""", memberId, secretHash, now);
    }

    @Override
    public Optional<Long> memberOf(byte[] secretHash) {
        return jdbc.one("select member_id from calendar_secret where secret_hash = ?", row -> row.getLong(1),
                (Object) secretHash);
    }
}
