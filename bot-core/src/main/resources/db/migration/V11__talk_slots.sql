-- Calls for presenters: an event's talk slots, in order, and the talks members offer for them. A slot keeps its
-- start as minutes after the event's start, so the agenda moves with the event when its time is edited.
create table talk_call (
    event_id    bigint      primary key references event (id) on delete cascade,
    auto_accept boolean     not null default false,
    opened_at   timestamptz not null
);

create table talk_slot (
    id        bigserial   primary key,
    event_id  bigint      not null references talk_call (event_id) on delete cascade,
    position  int         not null check (position >= 1),
    name      text,
    offset_minutes int    not null check (offset_minutes >= 0),
    minutes   int         not null check (minutes > 0),
    unique (event_id, position)
);

create table talk_offer (
    id          bigserial   primary key,
    event_id    bigint      not null references event (id) on delete cascade,
    slot_id     bigint      not null references talk_slot (id) on delete cascade,
    member_id   bigint      not null references member (id),
    title       text        not null,
    description text        not null default '',
    state       text        not null check (state in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    reason      text,
    offered_at  timestamptz not null,
    decided_at  timestamptz
);
create index talk_offer_event on talk_offer (event_id, slot_id);
create index talk_offer_member on talk_offer (member_id);
-- A slot is never given twice, and a member offers one talk at a time for a slot.
create unique index talk_offer_one_per_slot on talk_offer (slot_id) where state = 'ACCEPTED';
create unique index talk_offer_one_open_per_member on talk_offer (slot_id, member_id)
    where state in ('PENDING', 'ACCEPTED');
