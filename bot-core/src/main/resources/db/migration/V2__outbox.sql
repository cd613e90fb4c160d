-- Messages the bot sends on its own. Rows are written in the transaction that causes them (or by the planner for
-- timed messages); the dedupe key makes each message exist once however many instances try to write it.
create table outbox (
    id           bigserial primary key,
    dedupe_key   text        not null unique,
    kind         text        not null,
    community_id bigint      not null references community (id) on delete cascade,
    event_id     bigint references event (id),
    group_id     bigint references meetup_group (id),
    member_id    bigint references member (id) on delete set null,
    platform     text        not null,
    space_id     text        not null,
    channel_id   text,
    user_id      text,
    detail       text        not null default '',
    due_at       timestamptz not null,
    status       text        not null default 'PENDING'
        check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts     int         not null default 0,
    lease_owner  text,
    lease_until  timestamptz,
    last_error   text,
    message_ref  text,
    created_at   timestamptz not null,
    finished_at  timestamptz
);
create index outbox_due on outbox (due_at) where status = 'PENDING';
create index outbox_event on outbox (event_id, kind);

-- How long before an event its timed messages go out, per community.
alter table community add column link_reveal_minutes int not null default 1440;
alter table community add column channel_reminder_minutes int not null default 1440;
alter table community add column member_reminder_minutes int not null default 60;
