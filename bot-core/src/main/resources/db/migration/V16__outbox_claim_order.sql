-- A claim takes the pending messages that are due in the order (due_at, id), a few at a time. When thousands fall
-- due at once (a programme's reminders), their due_at lies past what the table's statistics have seen, so the
-- planner expects one or two rows, reads every due message with a bitmap scan and sorts them all: each claim of a
-- few cost as much as reading the whole queue. An index in the claim's own order, and a claim function that rules
-- out the bitmap scan and the sort, make each claim read only as far as it takes, whatever the statistics say.
create index outbox_pending_due_id on outbox (due_at, id) where status = 'PENDING';
drop index outbox_due;

create function claim_outbox(
    p_owner text, p_token uuid, p_until timestamptz, p_now timestamptz, p_kinds text[], p_platforms text[],
    p_every_discord_shard boolean, p_direct_kinds text[], p_discord_shards int, p_first_shard int, p_last_shard int,
    p_limit int)
    returns setof outbox
    language sql
    set enable_bitmapscan = off
    set enable_sort = off
as
$$
update outbox set lease_owner = p_owner, lease_token = p_token, lease_until = p_until, attempts = attempts + 1
where id in (
    select id from outbox
    where status = 'PENDING' and due_at <= p_now and (lease_until is null or lease_until <= p_now)
      and kind = any(p_kinds) and platform = any(p_platforms)
      and (platform <> 'DISCORD' or p_every_discord_shard or kind = any(p_direct_kinds)
        or case when space_id ~ '^[0-9]{1,20}$'
            then mod(div(space_id::numeric, 4194304), p_discord_shards) between p_first_shard and p_last_shard end)
    order by due_at, id limit p_limit for update skip locked)
returning *
$$;
