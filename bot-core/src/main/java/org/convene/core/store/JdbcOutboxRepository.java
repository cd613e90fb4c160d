package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.port.OutboxRepository;

/**
 * The outbox in PostgreSQL. Workers claim with {@code FOR UPDATE SKIP LOCKED}, so instances never wait on each
 * other, and under a lease, so the rows of a worker that died are claimed again once it lapses.
 */
public final class JdbcOutboxRepository implements OutboxRepository {

    private static final int ERROR_LIMIT = 500;
    private static final RowMapper<OutboxMessage> MESSAGE = row -> new OutboxMessage(row.getLong("id"),
            row.getString("dedupe_key"), MessageKind.valueOf(row.getString("kind")), row.getLong("community_id"),
            Rows.longValue(row, "event_id"), Rows.longValue(row, "group_id"), Rows.longValue(row, "member_id"),
            Platform.valueOf(row.getString("platform")), row.getString("space_id"), row.getString("channel_id"),
            row.getString("user_id"), row.getString("detail"), Rows.instant(row, "due_at"), row.getInt("attempts"));

    private final Jdbc jdbc;

    @Inject
    public JdbcOutboxRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean add(OutboxMessage message) {
        return jdbc.update("""
                insert into outbox (dedupe_key, kind, community_id, event_id, group_id, member_id, platform, space_id,
                    channel_id, user_id, detail, due_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing""",
                message.dedupeKey(), message.kind(), message.communityId(), message.eventId(), message.groupId(),
                message.memberId(), message.platform(), message.spaceId(), message.channelId(), message.userId(),
                message.detail(), message.dueAt(), message.dueAt()) == 1;
    }

    @Override
    public List<OutboxMessage> claim(String owner, Instant now, Duration lease, int limit) {
        return jdbc.list("""
                update outbox set lease_owner = ?, lease_until = ?, attempts = attempts + 1
                where id in (
                    select id from outbox
                    where status = 'PENDING' and due_at <= ? and (lease_until is null or lease_until <= ?)
                    order by due_at, id limit ? for update skip locked)
                returning *""", MESSAGE, owner, now.plus(lease), now, now, limit);
    }

    @Override
    public void markSent(long id, String messageRef, Instant now) {
        jdbc.update("""
                update outbox set status = 'SENT', message_ref = ?, finished_at = ?, lease_owner = null,
                    lease_until = null where id = ?""", messageRef, now, id);
    }

    @Override
    public void markRetry(long id, Instant dueAt, String reason) {
        jdbc.update("""
                update outbox set due_at = ?, last_error = ?, lease_owner = null, lease_until = null
                where id = ?""", dueAt, shorten(reason), id);
    }

    @Override
    public void markFailed(long id, String reason, Instant now) {
        finish(id, "FAILED", reason, now);
    }

    @Override
    public void markSkipped(long id, String reason, Instant now) {
        finish(id, "SKIPPED", reason, now);
    }

    @Override
    public Optional<String> lastReference(long eventId, MessageKind kind, Platform platform, String spaceId) {
        return jdbc.one("""
                select message_ref from outbox
                where event_id = ? and kind = ? and platform = ? and space_id = ? and status = 'SENT'
                  and message_ref is not null
                order by finished_at desc, id desc limit 1""", row -> row.getString(1), eventId, kind, platform,
                spaceId);
    }

    @Override
    public long pending() {
        return jdbc.one("select count(*) from outbox where status = 'PENDING'", row -> row.getLong(1)).orElse(0L);
    }

    private void finish(long id, String status, String reason, Instant now) {
        jdbc.update("""
                update outbox set status = ?, last_error = ?, finished_at = ?, lease_owner = null, lease_until = null
                where id = ?""", status, shorten(reason), now, id);
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= ERROR_LIMIT ? reason : reason.substring(0, ERROR_LIMIT);
    }
}
