package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.ClaimScope;
import org.convene.core.outbox.Lease;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.port.OutboxBacklog;
import org.convene.core.port.OutboxRepository;

/**
 * The outbox in PostgreSQL. Workers claim with {@code FOR UPDATE SKIP LOCKED}, so instances never wait on each
 * other, and under a lease, so the rows of a worker that died are claimed again once it lapses; every later write
 * is fenced by the claim's owner and token. Lease times come from the caller's clock, never the server's.
 */
public final class JdbcOutboxRepository implements OutboxRepository, OutboxBacklog {

    private static final int ERROR_LIMIT = 500;
    /** The fence of every write after a claim: the row is still pending and still carries this claim's lease. */
    private static final String HELD = "id = ? and status = 'PENDING' and lease_owner = ? and lease_token = ?";
    /**
     * The kinds this code can send. During a rolling upgrade a newer release may queue messages of a kind (or for a
     * platform) this one does not know; they are left for the newer instances instead of failing here (a scope names
     * only platforms this code knows).
     */
    private static final String[] KNOWN_KINDS = names(MessageKind.values());
    /** The kinds that go to one member, which any shard's connection can send. */
    private static final String[] DIRECT_KINDS = Arrays.stream(MessageKind.values())
            .filter(kind -> !kind.toChannel()).map(Enum::name).toArray(String[]::new);
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

    /**
     * Claims within the scope in one statement. A Discord message to a channel or calendar is this scope's when its
     * space id, a guild snowflake, falls on one of its shards; a space id that is not a number is on no shard, so a
     * sharded scope leaves it alone (and an instance running every shard claims it and finds the guild unknown).
     */
    @Override
    public List<OutboxMessage> claim(Lease lease, ClaimScope scope, Instant now, Duration duration, int limit) {
        return jdbc.list("select * from claim_outbox(?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", MESSAGE,
                lease.owner(), lease.token(), now.plus(duration), now, KNOWN_KINDS,
                names(scope.platforms().toArray(Platform[]::new)), scope.everyDiscordShard(), DIRECT_KINDS,
                scope.discordShards(), scope.firstDiscordShard(), scope.lastDiscordShard(), limit);
    }

    @Override
    public boolean renew(long id, Lease lease, Instant until) {
        return jdbc.update("update outbox set lease_until = ? where " + HELD, until, id, lease.owner(),
                lease.token()) == 1;
    }

    @Override
    public boolean markSent(long id, Lease lease, String messageRef, Instant now) {
        return jdbc.update("""
                update outbox set status = 'SENT', message_ref = ?, finished_at = ?, lease_owner = null,
                    lease_token = null, lease_until = null where""" + " " + HELD, messageRef, now, id,
                lease.owner(), lease.token()) == 1;
    }

    @Override
    public boolean markRetry(long id, Lease lease, Instant dueAt, String reason) {
        return jdbc.update("""
                update outbox set due_at = ?, last_error = ?, lease_owner = null, lease_token = null,
                    lease_until = null where""" + " " + HELD, dueAt, shorten(reason), id, lease.owner(),
                lease.token()) == 1;
    }

    @Override
    public boolean markFailed(long id, Lease lease, String reason, Instant now) {
        return finish(id, lease, "FAILED", reason, now);
    }

    @Override
    public boolean markSkipped(long id, Lease lease, String reason, Instant now) {
        return finish(id, lease, "SKIPPED", reason, now);
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

    /** One read of the partial index on pending messages' due times. */
    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return jdbc.one("""
                select due_at from outbox where status = 'PENDING' and due_at <= ? order by due_at limit 1""",
                row -> Rows.instant(row, "due_at"), now);
    }

    private boolean finish(long id, Lease lease, String status, String reason, Instant now) {
        return jdbc.update("""
                update outbox set status = ?, last_error = ?, finished_at = ?, lease_owner = null, lease_token = null,
                    lease_until = null where""" + " " + HELD, status, shorten(reason), now, id, lease.owner(),
                lease.token()) == 1;
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= ERROR_LIMIT ? reason : reason.substring(0, ERROR_LIMIT);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
